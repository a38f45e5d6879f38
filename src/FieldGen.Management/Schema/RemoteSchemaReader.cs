using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Management.Configuration;
using FieldGen.Management.Http;
using FieldGen.Management.Pull;
using FieldGen.Parsing.Json;

namespace FieldGen.Management.Schema
{
    /// <summary>Calls get-custom-fields once per target type. All or nothing: a schema missing one type would read as every field of it removed.</summary>
    internal sealed class RemoteSchemaReader
    {
        private const string Path = "/api/v3/get-custom-fields";
        private readonly GenAuthManagementApi _api;
        private readonly string _host;

        public RemoteSchemaReader(GenAuthManagementApi api, GenAuthConnection connection)
        {
            _api = api;
            _host = GenAuthHost.Display(connection.Host);
        }

        public async Task<PulledSchema> ReadAsync(string? tenantId, CancellationToken cancellationToken)
        {
            var fields = new Dictionary<string, IReadOnlyList<JsonNode>>();
            foreach (string target in TargetTypes.All)
            {
                var query = new List<KeyValuePair<string, string?>>
                {
                    new KeyValuePair<string, string?>("targetType", target),
                    new KeyValuePair<string, string?>("tenantId", tenantId),
                };
                string call = "get-custom-fields (" + target + ")";
                JsonNode data = await _api.GetAsync(Path, query, call, cancellationToken).ConfigureAwait(false);
                fields[target] = FieldsOf(data, call);
            }

            return new PulledSchema(_host, tenantId, fields);
        }

        private static IReadOnlyList<JsonNode> FieldsOf(JsonNode data, string call)
        {
            switch (data.Kind)
            {
                case JsonNodeKind.Array:
                    return data.Items!;
                case JsonNodeKind.Object:
                    // The published sample shows data as one field instead of an array.
                    return new[] { data };
                case JsonNodeKind.Null:
                    return new JsonNode[0];
                default:
                    throw new PullException(new PullFailure(
                        PullFailureKind.UnexpectedResponse,
                        call + " answered with 'data' that is not an array of fields",
                        "check that the host is the GenAuth API host"));
            }
        }
    }
}
