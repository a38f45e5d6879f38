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
    /// <summary>
    /// Reads every schema form a user can export into <see cref="CustomFieldSpec"/>s:
    /// the V3 getCustomFields response (data as an array or, as the docs show, one object), a bare
    /// array of fields, a single field, the V2 <c>/api/v2/udfs/search</c> response, and FieldGen's own
    /// normalized file. Never throws: every problem becomes a diagnostic at its line and column.
    /// </summary>
    internal sealed class SchemaFileParser
    {
        public const string FormV3 = "getCustomFields";
        public const string FormV2 = "udfs/search";
        public const string FormFieldList = "field list";
        public const string FormNormalized = "FieldGen schema";
        public const string FormInvalid = "invalid";

        private readonly string _path;
        private readonly string _text;
        private readonly SchemaFileOptions _options;
        private readonly List<CustomFieldSpec> _fields = new List<CustomFieldSpec>();
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();

        private SchemaFileParser(string path, string text, SchemaFileOptions options)
        {
            _path = path;
            _text = text;
            _options = options;
        }

        private string FileName => System.IO.Path.GetFileName(_path);

        public static SchemaFileSpec Parse(string path, string text, SchemaFileOptions options)
        {
            var parser = new SchemaFileParser(path, text, options);
            string form;
            try
            {
                form = parser.ParseDocument();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The parser is written not to throw; this is the last line of defence for the compiler host.
                parser._diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnrecognizedSchemaForm, parser.At(0, 0, 0, 1), parser.FileName, "FieldGen could not read it (" + ex.GetType().Name + ")"));
                form = FormInvalid;
            }

            return new SchemaFileSpec(path, form, options, parser._fields.ToEquatableArray(), parser._diagnostics.ToEquatableArray());
        }

        private string ParseDocument()
        {
            JsonNode? root = JsonTextParser.Parse(_text, out JsonSyntaxError? error);
            if (root is null)
            {
                JsonTextPosition p = error!.Position;
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidJson, At(p.Offset, p.Line, p.Column, 1), FileName, error.Message));
                return FormInvalid;
            }

            if (root.Kind == JsonNodeKind.Array)
            {
                return ReadRootArray(root);
            }

            if (root.Kind != JsonNodeKind.Object)
            {
                return Unrecognized(root, "the root is " + WithArticle(root) + ", not an object or array");
            }

            if (root.GetValue("fieldgenSchema") is not null)
            {
                return ReadNormalized(root);
            }

            JsonNode? status = root.GetValue("statusCode") ?? root.GetValue("code");
            if (status is not null)
            {
                return ReadEnvelope(root, status);
            }

            if (root.GetValue("key") is not null)
            {
                ReadField(root, defaultTarget: null, isV2: false);
                return Finish(FormFieldList);
            }

            if (root.GetValue("data") is JsonNode bareData)
            {
                // An envelope someone trimmed to its data member.
                return ReadEnvelopeData(bareData, isV2: bareData.GetValue("list") is not null) ? Finish(FormV3) : FormInvalid;
            }

            if (IsKeyedByTargetType(root))
            {
                // {"USER": [...], "ROLE": [...]}: one getCustomFields result per target type, saved by a script.
                ReadFieldGroups(root, pathPrefix: string.Empty);
                return Finish(FormFieldList);
            }

            return Unrecognized(root, "the root object has no 'statusCode', 'code', 'data', 'key' or 'fieldgenSchema' member");
        }

        /// <summary>
        /// A bare array of fields, or of whole responses (a script that saved getCustomFields once per
        /// target type into one array); both may mix in one file.
        /// </summary>
        private string ReadRootArray(JsonNode root)
        {
            bool sawEnvelope = false;
            foreach (JsonNode item in root.Items!)
            {
                if (item.Kind == JsonNodeKind.Object
                    && item.GetValue("key") is null
                    && item.GetValue("data") is not null
                    && (item.GetValue("statusCode") ?? item.GetValue("code")) is JsonNode status)
                {
                    sawEnvelope = true;
                    ReadEnvelope(item, status);
                    continue;
                }

                ReadField(item, defaultTarget: null, isV2: false);
            }

            return Finish(sawEnvelope ? FormV3 : FormFieldList);
        }

        private static bool IsKeyedByTargetType(JsonNode root) =>
            root.Properties!.Count > 0
            && root.Properties.All(p => TargetTypes.IsKnown(p.Name.ToUpperInvariant()));

        private string ReadEnvelope(JsonNode root, JsonNode status)
        {
            bool isV2 = root.GetValue("code") is not null && root.GetValue("statusCode") is null;
            if (status.Kind != JsonNodeKind.Number || status.Text != "200")
            {
                string message = root.GetValue("message")?.Text ?? "no message";
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.FailureResponse, At(status), FileName, status.Text ?? Describe(status), message));
                return FormInvalid;
            }

            JsonNode? data = root.GetValue("data");
            if (data is null)
            {
                return Unrecognized(root, "the response has no 'data' member");
            }

            return ReadEnvelopeData(data, isV2) ? Finish(isV2 ? FormV2 : FormV3) : FormInvalid;
        }

        private bool ReadEnvelopeData(JsonNode data, bool isV2)
        {
            switch (data.Kind)
            {
                case JsonNodeKind.Array:
                    ReadFieldArray(data, defaultTarget: null, isV2);
                    return true;
                case JsonNodeKind.Null:
                    return true;
                case JsonNodeKind.Object when data.GetValue("list") is JsonNode list:
                    // V2 udfs/search: data.list holds the fields.
                    if (list.Kind != JsonNodeKind.Array)
                    {
                        Unrecognized(list, "'data.list' is " + WithArticle(list) + ", expected an array of fields");
                        return false;
                    }

                    ReadFieldArray(list, defaultTarget: null, isV2: true);
                    return true;
                case JsonNodeKind.Object:
                    // The published getCustomFields sample shows data as one field instead of an array.
                    ReadField(data, defaultTarget: null, isV2);
                    return true;
                default:
                    Unrecognized(data, "'data' is " + WithArticle(data) + ", expected an array of fields");
                    return false;
            }
        }

        private string ReadNormalized(JsonNode root)
        {
            JsonNode version = root.GetValue("fieldgenSchema")!;
            if (version.Kind != JsonNodeKind.Number || version.Text != "1")
            {
                return Unrecognized(version, "'fieldgenSchema' is " + (version.Text ?? Describe(version)) + "; this FieldGen reads version 1");
            }

            JsonNode? fields = root.GetValue("fields");
            if (fields is null || fields.Kind != JsonNodeKind.Object)
            {
                return Unrecognized(fields ?? root, "a FieldGen schema needs a 'fields' object keyed by target type");
            }

            ReadFieldGroups(fields, pathPrefix: "fields.");
            return Finish(FormNormalized);
        }

        /// <summary>An object whose members are target types, each an array of that type's fields.</summary>
        private void ReadFieldGroups(JsonNode groups, string pathPrefix)
        {
            foreach (JsonProperty group in groups.Properties!)
            {
                if (group.Value.Kind != JsonNodeKind.Array)
                {
                    Unrecognized(group.Value, $"'{pathPrefix}{group.Name}' is {WithArticle(group.Value)}, expected an array of fields");
                    continue;
                }

                ReadFieldArray(group.Value, defaultTarget: group.Name, isV2: false);
            }
        }

        private void ReadFieldArray(JsonNode array, string? defaultTarget, bool isV2)
        {
            foreach (JsonNode item in array.Items!)
            {
                ReadField(item, defaultTarget, isV2);
            }
        }

        private void ReadField(JsonNode node, string? defaultTarget, bool isV2)
        {
            if (node.Kind != JsonNodeKind.Object)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidField, At(node), $"A field must be an object, found {WithArticle(node)}"));
                return;
            }

            JsonNode? keyNode = node.GetValue("key");
            if (keyNode is null || keyNode.Kind != JsonNodeKind.String || keyNode.Text!.Length == 0)
            {
                string problem = keyNode is null ? "has no 'key'" : keyNode.Kind == JsonNodeKind.String ? "has an empty 'key'" : $"has a 'key' that is {WithArticle(keyNode)}, not a string";
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidField, At(keyNode ?? node), "A custom field " + problem));
                return;
            }

            string key = keyNode.Text;
            if (!TenantText.IsWellFormedUtf16(key))
            {
                // "\ud800" is valid JSON, but no UTF-8 payload can carry the key, and encoding it throws.
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.LoneSurrogate, At(keyNode), "The key '" + key + "'", "the field is skipped"));
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
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.EnumWithoutOptions, location, key, target));
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
                target = _options.TargetTypes.Count == 1 ? _options.TargetTypes[0] : "USER";
            }

            target = target.ToUpperInvariant();
            known = TargetTypes.IsKnown(target);
            if (!known)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnknownTargetType, At(targetNode ?? field), key, target));
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
            if (node is null || node.Kind == JsonNodeKind.Null)
            {
                return EquatableArray<CustomFieldOptionSpec>.Empty;
            }

            JsonNode list = node;
            if (node.Kind == JsonNodeKind.String)
            {
                // The published sample encodes options as a JSON string: "[{\"value\":\"pku\",...}]".
                if (node.Text!.Trim().Length == 0)
                {
                    return EquatableArray<CustomFieldOptionSpec>.Empty;
                }

                JsonNode? decoded = JsonTextParser.Parse(node.Text, out JsonSyntaxError? error);
                if (decoded is null)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidOptions, At(node), key, "the options string is not valid JSON (" + error!.Message + "), so the enum has no members"));
                    return EquatableArray<CustomFieldOptionSpec>.Empty;
                }

                list = decoded;
            }

            if (list.Kind != JsonNodeKind.Array)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidOptions, At(node), key, "expected an array of { \"value\", \"label\" }, found " + WithArticle(list) + ", so the enum has no members"));
                return EquatableArray<CustomFieldOptionSpec>.Empty;
            }

            bool fromString = !ReferenceEquals(list, node);
            var options = new List<CustomFieldOptionSpec>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonNode item in list.Items!)
            {
                SchemaLocation where = fromString ? At(node) : At(item);
                string? value;
                string? label;
                string? removedAt = null;
                EquatableArray<LocalizedLabel> labels = EquatableArray<LocalizedLabel>.Empty;
                if (item.Kind == JsonNodeKind.Object)
                {
                    JsonNode? valueNode = item.GetValue("value");
                    value = valueNode?.Kind is JsonNodeKind.String or JsonNodeKind.Number ? valueNode.Text : null;
                    label = StringOf(item.GetValue("label"));
                    labels = ReadLabels(item, isV2);
                    removedAt = StringOf(item.GetValue("removedAt"));
                }
                else if (item.Kind is JsonNodeKind.String or JsonNodeKind.Number)
                {
                    value = item.Text;
                    label = null;
                }
                else
                {
                    value = null;
                    label = null;
                }

                if (value is null)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidOptions, where, key, "an option has no string or number 'value', so it is left out of the enum"));
                    continue;
                }

                if (!TenantText.IsWellFormedUtf16(value))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.LoneSurrogate, where, "The option '" + value + "' of field '" + key + "'", "the option is left out of the enum (a value read from the wire is kept as unlisted)"));
                    continue;
                }

                if (!seen.Add(value))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.DuplicateOption, where, value, key));
                    continue;
                }

                options.Add(new CustomFieldOptionSpec(value, label, labels, removedAt, where));
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

        private string Finish(string form)
        {
            if (_fields.Count == 0 && !_diagnostics.Any(d => d.Id is not (DiagnosticIds.UntypedDataType or DiagnosticIds.UnknownDataType)))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.EmptySchema, At(0, 0, 0, 1), FileName));
            }

            return form;
        }

        private string Unrecognized(JsonNode node, string problem)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnrecognizedSchemaForm, At(node), FileName, problem));
            return FormInvalid;
        }

        private static string? StringOf(JsonNode? node) => node?.Kind == JsonNodeKind.String ? node.Text : null;

        private static string WithArticle(JsonNode node) =>
            (node.Kind is JsonNodeKind.Object or JsonNodeKind.Array ? "an " : "a ") + Describe(node);

        private static string Describe(JsonNode node) => node.Kind switch
        {
            JsonNodeKind.Object => "object",
            JsonNodeKind.Array => "array",
            JsonNodeKind.String => "string",
            JsonNodeKind.Number => "number",
            JsonNodeKind.Null => "null",
            _ => "boolean",
        };

        private SchemaLocation At(JsonNode node)
        {
            // Containers are marked at their opening character: a whole object would underline pages.
            int length = node.Kind is JsonNodeKind.Object or JsonNodeKind.Array ? 1 : Math.Max(1, node.Length);
            return At(node.Start.Offset, node.Start.Line, node.Start.Column, length);
        }

        private SchemaLocation At(int offset, int line, int column, int length)
        {
            int safeLength = Math.Max(0, Math.Min(length, _text.Length - offset));
            return new SchemaLocation(_path, offset, safeLength, line, column, line, column + safeLength);
        }
    }
}
