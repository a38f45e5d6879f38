using FieldGen.Parsing.Json;

namespace FieldGen.Parsing.Forms
{
    /// <summary>One field object on its own, <c>{ "key": "age", "dataType": "NUMBER" }</c>.</summary>
    internal sealed class SingleFieldForm : ISchemaForm
    {
        /// <summary>The name of every form that is fields with no response around them.</summary>
        public const string Name = "field list";

        public string Description => "one field object ('key')";

        public bool Claims(JsonNode root) => root.Kind == JsonNodeKind.Object && root.GetValue("key") is not null;

        public string Read(JsonNode root, SchemaReading reading)
        {
            reading.ReadField(root, defaultTarget: null, isV2: false);
            return Name;
        }
    }
}
