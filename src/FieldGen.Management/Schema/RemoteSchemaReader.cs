using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Management.Configuration;
using FieldGen.Management.Http;
using FieldGen.Management.Pull;
using FieldGen.Parsing.Json;
using FieldGen.Wire;

namespace FieldGen.Management.Schema
{
    /// <summary>
    /// Calls get-custom-fields once per requested target type. A type the server refuses (GROUP, which
    /// the docs say the endpoint does not support yet) is listed in <see cref="PulledSchema.Refused"/>
    /// and the others are read; any other failure fails the whole read, since a schema missing one type
    /// would read as every field of it removed.
    /// </summary>
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

        /// <param name="tenantId">The tenant, or null for the user pool.</param>
        /// <param name="targetTypes">The types to ask for; empty for all of them.</param>
        /// <param name="cancellationToken">Cancels the calls.</param>
        public async Task<PulledSchema> ReadAsync(string? tenantId, IReadOnlyCollection<string> targetTypes, CancellationToken cancellationToken)
        {
            var fields = new Dictionary<string, IReadOnlyList<JsonNode>>();
            var refused = new List<(string TargetType, PullFailure Failure)>();
            PullException? firstRefusal = null;
            foreach (string target in TargetTypes.WireNames.Where(t => targetTypes.Count == 0 || targetTypes.Contains(t)))
            {
                var query = new List<KeyValuePair<string, string?>>
                {
                    new KeyValuePair<string, string?>("targetType", target),
                    new KeyValuePair<string, string?>("tenantId", tenantId),
                };
                string call = "get-custom-fields (" + target + ")";
                try
                {
                    JsonNode data = await _api.GetAsync(Path, query, tenantId, call, cancellationToken).ConfigureAwait(false);
                    fields[target] = FieldsOf(data, call);
                }
                // Only get-custom-fields refusing this type: a refused token request refuses the whole pull.
                catch (PullException ex) when (ex.Failure.IsRefusal && ex.Failure.EnvelopeCall == call)
                {
                    refused.Add((target, ex.Failure));
                    firstRefusal ??= ex;
                }
            }

            // A server that refuses every type refuses the pull, not one type: nothing was read to keep going with.
            if (fields.Count == 0 && firstRefusal is not null)
            {
                throw firstRefusal;
            }

            return new PulledSchema(_host, tenantId, fields, refused);
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
