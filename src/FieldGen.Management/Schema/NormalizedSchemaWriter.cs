using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FieldGen.Management.Json;
using FieldGen.Parsing.Json;
using FieldGen.Wire;

namespace FieldGen.Management.Schema
{
    /// <summary>
    /// Writes FieldGen's normalized schema file (<c>"fieldgenSchema": 1</c>, see
    /// schema/fieldgen-schema.schema.json). Deterministic: target types in USER, ROLE, GROUP,
    /// DEPARTMENT order, fields by key (ordinal), fixed member order, 2-space indent, "\n" line ends,
    /// so only a schema change changes the bytes (apart from <c>pulledAt</c>).
    /// </summary>
    internal static class NormalizedSchemaWriter
    {
        public const int FormatVersion = 1;

        /// <summary>The file's text; <paramref name="pulledAt"/> is written as given (see <see cref="FormatTime"/>).</summary>
        public static string Render(PulledSchema schema, string pulledAt)
        {
            var writer = new JsonTextWriter(indented: true);
            writer.StartObject();
            writer.PropertyName("fieldgenSchema");
            writer.Number(FormatVersion.ToString(CultureInfo.InvariantCulture));
            writer.PropertyName("source");
            writer.StartObject();
            writer.Property("host", schema.Host);
            writer.Property("tenantId", schema.TenantId);
            writer.Property("pulledAt", pulledAt);
            writer.Property("contentHash", ContentHash(schema));
            writer.EndObject();
            writer.PropertyName("fields");
            WriteFields(writer, schema);
            writer.EndObject();
            return writer.ToString() + "\n";
        }

        /// <summary><c>sha256:</c> and the lower-case hex SHA-256 of the UTF-8 <c>fields</c> object written compact (no whitespace).</summary>
        public static string ContentHash(PulledSchema schema)
        {
            var compact = new JsonTextWriter(indented: false);
            WriteFields(compact, schema);
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(compact.ToString()));
            return "sha256:" + string.Concat(hash.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        /// <summary>UTC to the second, e.g. <c>2026-11-23T09:00:00Z</c>.</summary>
        public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        /// <summary>How many fields the file will hold.</summary>
        public static int CountFields(PulledSchema schema) => TargetTypes.WireNames.Sum(t => SortedFields(schema, t).Count);

        private static void WriteFields(JsonTextWriter writer, PulledSchema schema)
        {
            writer.StartObject();
            foreach (string target in TargetTypes.WireNames)
            {
                writer.PropertyName(target);
                writer.StartArray();
                foreach (JsonNode field in SortedFields(schema, target))
                {
                    CustomFieldWriter.Write(writer, field, target);
                }

                writer.EndArray();
            }

            writer.EndObject();
        }

        /// <summary>By key, ordinal; a key listed twice keeps its last definition.</summary>
        private static List<JsonNode> SortedFields(PulledSchema schema, string target)
        {
            if (!schema.FieldsByTarget.TryGetValue(target, out IReadOnlyList<JsonNode>? fields))
            {
                return new List<JsonNode>();
            }

            var byKey = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            foreach (JsonNode field in fields)
            {
                string? key = CustomFieldWriter.KeyOf(field);
                if (key is not null)
                {
                    byKey[key] = field;
                }
            }

            return byKey.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();
        }
    }
}
