using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Management.Pull;
using FieldGen.Parsing.Json;

namespace FieldGen.Management.Schema
{
    /// <summary>What get-custom-fields answered for the requested target types of one user pool (and tenant), as parsed JSON.</summary>
    internal sealed class PulledSchema
    {
        public PulledSchema(
            string host,
            string? tenantId,
            IReadOnlyDictionary<string, IReadOnlyList<JsonNode>> fieldsByTarget,
            IReadOnlyList<(string TargetType, PullFailure Failure)>? refused = null)
        {
            Host = host;
            TenantId = tenantId;
            FieldsByTarget = fieldsByTarget;
            Refused = refused ?? Array.Empty<(string, PullFailure)>();
        }

        /// <summary>The host as written into the file, e.g. <c>https://api.authing.cn</c>.</summary>
        public string Host { get; }

        public string? TenantId { get; }

        /// <summary>Each target type's <c>CustomFieldDto</c> objects, as the server sent them; a type not asked for or refused is absent.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<JsonNode>> FieldsByTarget { get; }

        /// <summary>The target types whose call the server refused, with its answer.</summary>
        public IReadOnlyList<(string TargetType, PullFailure Failure)> Refused { get; }

        /// <summary>
        /// This schema with the fields of <paramref name="previous"/> for every target type it lacks (not
        /// asked for, or refused), so a pull never drops what it could not read.
        /// </summary>
        public PulledSchema KeepingOthersFrom(IReadOnlyDictionary<string, IReadOnlyList<JsonNode>> previous)
        {
            var merged = FieldsByTarget.ToDictionary(p => p.Key, p => p.Value);
            foreach (KeyValuePair<string, IReadOnlyList<JsonNode>> kept in previous.Where(p => !FieldsByTarget.ContainsKey(p.Key)))
            {
                merged[kept.Key] = kept.Value;
            }

            return new PulledSchema(Host, TenantId, merged, Refused);
        }
    }
}
