using FieldGen.Parsing.Json;
using FieldGen.Wire;

namespace FieldGen.Parsing.Forms
{
    /// <summary>A response someone trimmed to its data member, <c>{ "data": [...] }</c> (V2's <c>{ "data": { "list": [...] } }</c> too).</summary>
    internal sealed class ResponseDataForm : ISchemaForm
    {
        public string Description => "a response's 'data' alone";

        public bool Claims(JsonNode root) => root.Kind == JsonNodeKind.Object && root.GetValue(GenAuthEnvelope.Data) is not null;

        public string Read(JsonNode root, SchemaReading reading)
        {
            JsonNode data = root.GetValue(GenAuthEnvelope.Data)!;
            return reading.ReadResponseData(data, isV2: data.GetValue("list") is not null) ? GetCustomFieldsForm.Name : SchemaFileParser.FormInvalid;
        }
    }
}
