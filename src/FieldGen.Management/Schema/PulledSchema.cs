using System.Collections.Generic;
using FieldGen.Parsing.Json;

namespace FieldGen.Management.Schema
{
    /// <summary>What get-custom-fields answered for every target type of one user pool (and tenant), as parsed JSON.</summary>
    internal sealed class PulledSchema
    {
        public PulledSchema(string host, string? tenantId, IReadOnlyDictionary<string, IReadOnlyList<JsonNode>> fieldsByTarget)
        {
            Host = host;
            TenantId = tenantId;
            FieldsByTarget = fieldsByTarget;
        }

        /// <summary>The host as written into the file, e.g. <c>https://api.authing.cn</c>.</summary>
        public string Host { get; }

        public string? TenantId { get; }

        /// <summary>Each target type's <c>CustomFieldDto</c> objects, as the server sent them.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<JsonNode>> FieldsByTarget { get; }
    }
}
