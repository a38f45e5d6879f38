using FieldGen.Parsing.Json;

namespace FieldGen.Parsing.Forms
{
    /// <summary>The older V2 <c>/api/v2/udfs/search</c> response, <c>{ "code": 200, "data": { "list": [...] } }</c>.</summary>
    internal sealed class UdfsSearchForm : ISchemaForm
    {
        public const string Name = "udfs/search";

        public string Description => "a /api/v2/udfs/search response ('code' and 'data.list')";

        public bool Claims(JsonNode root) => EnvelopeNode.Of(root) is { IsV2: true };

        public string Read(JsonNode root, SchemaReading reading) =>
            reading.ReadResponse(EnvelopeNode.Of(root)!) ? Name : SchemaFileParser.FormInvalid;
    }
}
