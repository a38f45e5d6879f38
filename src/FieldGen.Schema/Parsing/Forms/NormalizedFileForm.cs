using FieldGen.Parsing.Json;

namespace FieldGen.Parsing.Forms
{
    /// <summary>FieldGen's own normalized file, <c>{ "fieldgenSchema": 1, "fields": { "USER": [...] } }</c>, which a pull writes.</summary>
    internal sealed class NormalizedFileForm : ISchemaForm
    {
        public const string Name = "FieldGen schema";

        /// <summary>The version member that marks the form, and the one version this FieldGen reads.</summary>
        public const string VersionMember = "fieldgenSchema";

        public string Description => "a FieldGen schema file ('" + VersionMember + "': 1)";

        public bool Claims(JsonNode root) => root.Kind == JsonNodeKind.Object && root.GetValue(VersionMember) is not null;

        public string Read(JsonNode root, SchemaReading reading)
        {
            JsonNode version = root.GetValue(VersionMember)!;
            if (version.Kind != JsonNodeKind.Number || version.Text != "1")
            {
                return reading.Unrecognized(version, "'" + VersionMember + "' is " + (version.Text ?? JsonNodeText.Describe(version)) + "; this FieldGen reads version 1");
            }

            JsonNode? fields = root.GetValue("fields");
            if (fields is null || fields.Kind != JsonNodeKind.Object)
            {
                return reading.Unrecognized(fields ?? root, "a FieldGen schema needs a 'fields' object keyed by target type");
            }

            reading.ReadFieldGroups(fields, pathPrefix: "fields.");
            return Name;
        }
    }
}
