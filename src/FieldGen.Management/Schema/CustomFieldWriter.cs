using FieldGen.Management.Json;
using FieldGen.Parsing;
using FieldGen.Parsing.Json;

namespace FieldGen.Management.Schema
{
    /// <summary>
    /// Writes one <c>CustomFieldDto</c> in the normalized form: fixed member order, absent members left
    /// out, <c>i18n</c> with sorted members, <c>options</c> always an array of <c>{ value, label, i18n, removedAt }</c>
    /// (the docs also show a JSON-encoded string). <c>createdAt</c> is left out on purpose: a field
    /// deleted and created again with the same definition is no schema change.
    /// </summary>
    internal static class CustomFieldWriter
    {
        private static readonly string[] TextMembers = { "label", "description" };
        private static readonly string[] FlagMembers = { "isUnique", "encrypted", "userEditable", "visibleInAdminConsole", "visibleInUserCenter" };

        /// <summary>The field's key, or null for an entry that has none (it cannot be addressed, so it is not written).</summary>
        public static string? KeyOf(JsonNode field)
        {
            JsonNode? key = field.Kind == JsonNodeKind.Object ? field.GetValue("key") : null;
            return key?.Kind == JsonNodeKind.String && key.Text!.Length > 0 ? key.Text : null;
        }

        public static void Write(JsonTextWriter writer, JsonNode field, string targetType)
        {
            writer.StartObject();
            writer.Property("targetType", targetType);
            writer.Property("key", KeyOf(field));
            JsonNode? dataType = field.GetValue("dataType");
            if (dataType?.Kind == JsonNodeKind.String)
            {
                writer.Property("dataType", dataType.Text);
            }

            foreach (string name in TextMembers)
            {
                JsonNode? value = field.GetValue(name);
                if (value?.Kind == JsonNodeKind.String)
                {
                    writer.Property(name, value.Text);
                }
            }

            foreach (string name in FlagMembers)
            {
                JsonNode? value = field.GetValue(name);
                if (value?.Kind is JsonNodeKind.True or JsonNodeKind.False)
                {
                    writer.PropertyName(name);
                    writer.Boolean(value.Kind == JsonNodeKind.True);
                }
            }

            WriteI18n(writer, field);
            WriteRemovedAt(writer, field);
            writer.PropertyName("options");
            WriteOptions(writer, field.GetValue("options"));
            writer.EndObject();
        }

        private static void WriteOptions(JsonTextWriter writer, JsonNode? options)
        {
            // The parser's own decoder: options as an array or as the docs' JSON-encoded string.
            JsonNode? list = FieldOptions.Decode(options, out _);
            writer.StartArray();
            if (list is not null)
            {
                foreach (JsonNode option in list.Items!)
                {
                    WriteOption(writer, option);
                }
            }

            writer.EndArray();
        }

        private static void WriteOption(JsonTextWriter writer, JsonNode option)
        {
            JsonNode? value = FieldOptions.ValueOf(option);
            if (value is null)
            {
                // The generator leaves an option without a value out of the enum too.
                return;
            }

            writer.StartObject();
            writer.PropertyName("value");
            if (value.Kind == JsonNodeKind.String)
            {
                writer.String(value.Text!);
            }
            else
            {
                writer.Number(value.Text!);
            }

            JsonNode? label = option.Kind == JsonNodeKind.Object ? option.GetValue("label") : null;
            if (label?.Kind == JsonNodeKind.String)
            {
                writer.Property("label", label.Text);
            }

            if (option.Kind == JsonNodeKind.Object)
            {
                WriteI18n(writer, option);
                WriteRemovedAt(writer, option);
            }

            writer.EndObject();
        }

        private static void WriteI18n(JsonTextWriter writer, JsonNode node)
        {
            JsonNode? i18n = node.GetValue("i18n");
            if (i18n?.Kind == JsonNodeKind.Object)
            {
                writer.PropertyName("i18n");
                CanonicalJson.Write(writer, i18n);
            }
        }

        /// <summary>A tombstone's date (see <see cref="SchemaTombstones"/>); the API never sends this member.</summary>
        private static void WriteRemovedAt(JsonTextWriter writer, JsonNode node)
        {
            JsonNode? removedAt = node.GetValue(SchemaTombstones.RemovedAtMember);
            if (removedAt?.Kind == JsonNodeKind.String)
            {
                writer.Property(SchemaTombstones.RemovedAtMember, removedAt.Text);
            }
        }
    }
}
