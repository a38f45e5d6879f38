using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Diagnostics;
using FieldGen.Model;
using FieldGen.Naming;
using FieldGen.Parsing.Json;
using FieldGen.Wire;

namespace FieldGen.Parsing
{
    /// <summary>Reading one custom field (V3 <c>CustomFieldDto</c>, V2 udfs item or FieldGen's normalized field), whatever form holds it.</summary>
    internal sealed partial class SchemaReading
    {
        public void ReadField(JsonNode node, string? defaultTarget, bool isV2)
        {
            if (node.Kind != JsonNodeKind.Object)
            {
                Report(DiagnosticIds.InvalidField, At(node), $"A field must be an object, found {JsonNodeText.WithArticle(node)}");
                return;
            }

            JsonNode? keyNode = node.GetValue("key");
            if (keyNode is null || keyNode.Kind != JsonNodeKind.String || keyNode.Text!.Length == 0)
            {
                string problem = keyNode is null ? "has no 'key'" : keyNode.Kind == JsonNodeKind.String ? "has an empty 'key'" : $"has a 'key' that is {JsonNodeText.WithArticle(keyNode)}, not a string";
                Report(DiagnosticIds.InvalidField, At(keyNode ?? node), "A custom field " + problem);
                return;
            }

            string key = keyNode.Text;
            if (!TenantText.IsWellFormedUtf16(key))
            {
                // "\ud800" is valid JSON, but no UTF-8 payload can carry the key, and encoding it throws.
                Report(DiagnosticIds.LoneSurrogate, At(keyNode), "The key '" + key + "'", "the field is skipped");
                return;
            }

            string target = ReadTarget(node, defaultTarget, key, out bool targetKnown);
            if (!targetKnown || !IsSelected(target))
            {
                return;
            }

            bool isBuiltIn = node.GetValue("isBase")?.Kind == JsonNodeKind.True || node.GetValue("isBuiltIn")?.Kind == JsonNodeKind.True;
            if (isBuiltIn && !_options.IncludeBuiltInFields)
            {
                return;
            }

            JsonNode? dataTypeNode = node.GetValue("dataType");
            string wireType = dataTypeNode?.Kind == JsonNodeKind.String ? dataTypeNode.Text! : "(missing)";
            FieldDataType dataType = DataTypes.FromWireName(wireType).Kind;
            SchemaLocation location = At(keyNode);
            if (dataType == FieldDataType.Json)
            {
                _diagnostics.Add(UntypedDataType(key, target, dataTypeNode?.Kind == JsonNodeKind.String ? wireType : null, At(dataTypeNode ?? keyNode)));
            }

            EquatableArray<CustomFieldOptionSpec> options = dataType == FieldDataType.Enum
                ? ReadOptions(node.GetValue("options"), key, isV2)
                : EquatableArray<CustomFieldOptionSpec>.Empty;
            if (dataType == FieldDataType.Enum && options.Count == 0)
            {
                Report(DiagnosticIds.EnumWithoutOptions, location, key, target);
            }

            _fields.Add(new CustomFieldSpec(
                target,
                key,
                dataType,
                wireType.ToUpperInvariant(),
                StringOf(node.GetValue("label")),
                StringOf(node.GetValue("description")),
                ReadLabels(node, isV2),
                IsUnique(node),
                IsTrue(node, "encrypted"),
                IsTrue(node, "userEditable"),
                IsTrue(node, isV2 ? "userVisible" : "visibleInUserCenter"),
                IsTrue(node, isV2 ? "adminVisible" : "visibleInAdminConsole"),
                StringOf(node.GetValue("removedAt")),
                isBuiltIn,
                options,
                location));
        }

        private string ReadTarget(JsonNode field, string? defaultTarget, string key, out bool known)
        {
            JsonNode? targetNode = field.GetValue("targetType");
            string? target = targetNode?.Kind == JsonNodeKind.String ? targetNode.Text : defaultTarget;
            if (target is null)
            {
                // An export of one target type may omit it; a file limited to one type says which.
                target = _options.TargetTypes.Count == 1 ? _options.TargetTypes[0] : TargetTypes.User.WireName;
            }

            target = target.ToUpperInvariant();
            known = TargetTypes.IsKnown(target);
            if (!known)
            {
                Report(DiagnosticIds.UnknownTargetType, At(targetNode ?? field), key, target);
            }

            return target;
        }

        private bool IsSelected(string target) => _options.TargetTypes.Count == 0 || _options.TargetTypes.Contains(target);

        /// <summary>
        /// OBJECT is a GenAuth type that is raw JSON by nature (FG0005, info); any other type is unknown,
        /// most likely a typo in a hand-edited file, so it is a warning that names the type meant (FG0018).
        /// </summary>
        private static DiagnosticInfo UntypedDataType(string key, string target, string? wireType, SchemaLocation location)
        {
            if (wireType is not null && DataTypes.Find(wireType) == DataTypes.Json)
            {
                return DiagnosticInfo.Create(DiagnosticIds.UntypedDataType, location, key, target, wireType);
            }

            IReadOnlyList<string> known = DataTypes.KnownWireNames;
            IReadOnlyList<string> meant = wireType is null ? Array.Empty<string>() : Similarity.Nearest(wireType.ToUpperInvariant(), known);
            string problem = wireType is null ? "has no dataType" : "has the unknown data type '" + wireType + "'";
            string advice = meant.Count > 0
                ? "did you mean " + string.Join(" or ", meant.Select(t => "'" + t + "'")) + "?"
                : "expected " + string.Join(", ", known.Take(known.Count - 1)) + " or " + known[known.Count - 1];
            return DiagnosticInfo.Create(DiagnosticIds.UnknownDataType, location, key, target, problem, advice);
        }

        private EquatableArray<CustomFieldOptionSpec> ReadOptions(JsonNode? node, string key, bool isV2)
        {
            JsonNode? list = FieldOptions.Decode(node, out string? problem);
            if (list is null)
            {
                if (problem is not null)
                {
                    Report(DiagnosticIds.InvalidOptions, At(node!), key, problem + ", so the enum has no members");
                }

                return EquatableArray<CustomFieldOptionSpec>.Empty;
            }

            bool fromString = !ReferenceEquals(list, node);
            var options = new List<CustomFieldOptionSpec>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonNode item in list.Items!)
            {
                SchemaLocation where = fromString ? At(node!) : At(item);
                string? value = FieldOptions.ValueOf(item)?.Text;
                if (value is null)
                {
                    Report(DiagnosticIds.InvalidOptions, where, key, "an option has no string or number 'value', so it is left out of the enum");
                    continue;
                }

                if (!TenantText.IsWellFormedUtf16(value))
                {
                    Report(DiagnosticIds.LoneSurrogate, where, "The option '" + value + "' of field '" + key + "'", "the option is left out of the enum (a value read from the wire is kept as unlisted)");
                    continue;
                }

                if (!seen.Add(value))
                {
                    Report(DiagnosticIds.DuplicateOption, where, value, key);
                    continue;
                }

                bool isObject = item.Kind == JsonNodeKind.Object;
                options.Add(new CustomFieldOptionSpec(
                    value,
                    isObject ? StringOf(item.GetValue("label")) : null,
                    isObject ? ReadLabels(item, isV2) : EquatableArray<LocalizedLabel>.Empty,
                    isObject ? StringOf(item.GetValue("removedAt")) : null,
                    where));
            }

            return options.ToEquatableArray();
        }

        /// <summary>
        /// The enabled <c>i18n.label</c> entries (an entry with <c>"enabled": false</c> is a language the
        /// tenant switched off), plus a V2 export's <c>labelEn</c> as en-US. Options may carry the same shape.
        /// </summary>
        private static EquatableArray<LocalizedLabel> ReadLabels(JsonNode field, bool isV2)
        {
            var labels = new List<LocalizedLabel>();
            JsonNode? byLanguage = field.GetValue("i18n")?.GetValue("label");
            if (byLanguage?.Kind == JsonNodeKind.Object)
            {
                foreach (JsonProperty language in byLanguage.Properties!)
                {
                    if (language.Value.GetValue("enabled")?.Kind == JsonNodeKind.False)
                    {
                        continue;
                    }

                    string? value = language.Value.Kind == JsonNodeKind.String
                        ? language.Value.Text
                        : StringOf(language.Value.GetValue("value"));
                    if (!string.IsNullOrEmpty(value) && !labels.Any(l => l.Language == language.Name))
                    {
                        labels.Add(new LocalizedLabel(language.Name, value!));
                    }
                }
            }

            string? english = StringOf(field.GetValue("labelEn"));
            if (isV2 && !string.IsNullOrEmpty(english) && !labels.Any(l => l.Language == "en-US"))
            {
                labels.Add(new LocalizedLabel("en-US", english!));
            }

            return labels.OrderBy(l => l.Language, StringComparer.Ordinal).ToEquatableArray();
        }

        private static bool IsTrue(JsonNode field, string name) => field.GetValue(name)?.Kind == JsonNodeKind.True;

        private static bool IsUnique(JsonNode field)
        {
            if (field.GetValue("isUnique")?.Kind == JsonNodeKind.True || field.GetValue("unique")?.Kind == JsonNodeKind.True)
            {
                return true;
            }

            JsonNode? rules = field.GetValue("validateRules");
            return rules?.Kind == JsonNodeKind.Array
                && rules.Items!.Any(r => StringOf(r.GetValue("type"))?.ToUpperInvariant() == "UNIQUE");
        }

        private static string? StringOf(JsonNode? node) => node?.Kind == JsonNodeKind.String ? node.Text : null;
    }
}
