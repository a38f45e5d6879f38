using FieldGen.Parsing.Json;

namespace FieldGen.Parsing.Forms
{
    /// <summary>The V3 getCustomFields response, <c>{ "statusCode": 200, "data": [...] }</c> (data as an array or, as the docs show, one object).</summary>
    internal sealed class GetCustomFieldsForm : ISchemaForm
    {
        public const string Name = "getCustomFields";

        public string Description => "a getCustomFields response ('statusCode' and 'data')";

        public bool Claims(JsonNode root) => EnvelopeNode.Of(root) is { IsV2: false };

        public string Read(JsonNode root, SchemaReading reading) =>
            reading.ReadResponse(EnvelopeNode.Of(root)!) ? Name : SchemaFileParser.FormInvalid;
    }
}
