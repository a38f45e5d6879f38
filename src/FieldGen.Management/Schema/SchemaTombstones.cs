using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FieldGen.Parsing.Json;
using FieldGen.Wire;

namespace FieldGen.Management.Schema
{
    /// <summary>
    /// Keeps what a pull no longer finds on the tenant, so code that uses it keeps compiling: a removed
    /// field or option stays in the normalized file with <c>"removedAt": "yyyy-MM-dd"</c> (UTC), the
    /// generator emits its members as [Obsolete], and the entry is dropped once it is
    /// <see cref="DefaultDays"/> (or the configured number of) days old, or by <c>fieldgen prune</c>.
    /// A field that comes back replaces its tombstone (same key, so no duplicate); a retyped field takes
    /// the tenant's new definition, and tombstoned options survive only while both versions are ENUM.
    /// </summary>
    internal static class SchemaTombstones
    {
        /// <summary>Days a tombstone is kept when FieldGenTombstoneDays / --tombstone-days is not set.</summary>
        public const int DefaultDays = 30;

        public const string RemovedAtMember = "removedAt";

        /// <summary>The FieldGenTombstoneDays setting: empty for <see cref="DefaultDays"/>, else a whole number of days, 0 or more; null with <paramref name="problem"/> otherwise.</summary>
        public static int? ParseDays(string? text, out string? problem)
        {
            problem = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return DefaultDays;
            }

            if (int.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int days))
            {
                return days;
            }

            problem = "FieldGenTombstoneDays='" + text + "' is not a whole number of days (0 or more)";
            return null;
        }

        /// <summary>A UTC date as tombstones record it: <c>2026-12-01</c>.</summary>
        public static string FormatDate(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>The day a tombstone written on <paramref name="removedAt"/> is dropped, or null when the date cannot be read.</summary>
        public static string? ExpiresOn(string removedAt, int days) =>
            TryParseDate(removedAt, out DateTime date) ? date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

        /// <summary>
        /// The tenant's schema plus the tombstones of <paramref name="previousText"/> (the last file) that
        /// have not expired, and new tombstones for what disappeared since. <paramref name="days"/> 0 keeps none.
        /// </summary>
        public static PulledSchema Merge(PulledSchema pulled, string? previousText, DateTimeOffset now, int days)
        {
            Dictionary<string, List<JsonNode>> previous = FieldsOf(previousText);
            string today = FormatDate(now);
            var merged = new Dictionary<string, IReadOnlyList<JsonNode>>();
            // Only the types the pull has: one it did not ask for or was refused is not "every field removed".
            foreach (KeyValuePair<string, IReadOnlyList<JsonNode>> pair in pulled.FieldsByTarget)
            {
                string target = pair.Key;
                IReadOnlyList<JsonNode> current = pair.Value;
                Dictionary<string, JsonNode> before = previous.TryGetValue(target, out List<JsonNode>? p) ? ByKey(p) : new Dictionary<string, JsonNode>(StringComparer.Ordinal);
                var fields = new List<JsonNode>();
                var currentKeys = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonNode field in current)
                {
                    string? key = CustomFieldWriter.KeyOf(field);
                    if (key is not null)
                    {
                        currentKeys.Add(key);
                    }

                    JsonNode? old = key is not null && before.TryGetValue(key, out JsonNode? o) ? o : null;
                    JsonNode live = WithoutForeignTombstone(field, old);
                    fields.Add(old is null ? live : WithRemovedOptions(live, old, today, now, days));
                }

                foreach (KeyValuePair<string, JsonNode> old in before.Where(f => !currentKeys.Contains(f.Key)))
                {
                    string removedAt = RemovedAtOf(old.Value) ?? today;
                    if (!IsExpired(removedAt, now, days))
                    {
                        fields.Add(With(old.Value, RemovedAtMember, Text(removedAt)));
                    }
                }

                merged[target] = fields;
            }

            return new PulledSchema(pulled.Host, pulled.TenantId, merged, pulled.Refused);
        }

        /// <summary>The schema of a normalized file with every tombstone dropped (<c>fieldgen prune</c>), or null when the text is no FieldGen schema.</summary>
        public static PulledSchema? Prune(string text, out int pruned)
        {
            pruned = 0;
            JsonNode? root = JsonTextParser.Parse(text, out _);
            if (root?.Kind != JsonNodeKind.Object || root.GetValue("fieldgenSchema") is null || root.GetValue("fields")?.Kind != JsonNodeKind.Object)
            {
                return null;
            }

            var fields = new Dictionary<string, IReadOnlyList<JsonNode>>();
            foreach (KeyValuePair<string, List<JsonNode>> group in FieldsOf(text))
            {
                var live = new List<JsonNode>();
                foreach (JsonNode field in group.Value)
                {
                    if (RemovedAtOf(field) is not null)
                    {
                        pruned++;
                        continue;
                    }

                    List<JsonNode> options = OptionsOf(field);
                    List<JsonNode> liveOptions = options.Where(o => RemovedAtOf(o) is null).ToList();
                    pruned += options.Count - liveOptions.Count;
                    live.Add(liveOptions.Count == options.Count ? field : With(field, "options", Array(liveOptions)));
                }

                fields[group.Key] = live;
            }

            JsonNode? source = root.GetValue("source");
            string host = (source?.GetValue("host")?.Text) ?? string.Empty;
            string? tenantId = source?.GetValue("tenantId")?.Kind == JsonNodeKind.String ? source.GetValue("tenantId")!.Text : null;
            return new PulledSchema(host, tenantId, fields);
        }

        private static JsonNode WithRemovedOptions(JsonNode field, JsonNode old, string today, DateTimeOffset now, int days)
        {
            if (!IsEnum(field) || !IsEnum(old))
            {
                return field;
            }

            List<JsonNode> options = OptionsOf(field);
            var values = new HashSet<string>(options.Select(ValueOf).Where(v => v is not null)!, StringComparer.Ordinal);
            var kept = new List<JsonNode>();
            foreach (JsonNode option in OptionsOf(old))
            {
                string? value = ValueOf(option);
                if (value is null || values.Contains(value))
                {
                    continue;
                }

                string removedAt = RemovedAtOf(option) ?? today;
                if (!IsExpired(removedAt, now, days))
                {
                    kept.Add(With(option, RemovedAtMember, Text(removedAt)));
                }
            }

            return kept.Count == 0 ? field : With(field, "options", Array(options.Concat(kept)));
        }

        /// <summary>
        /// GenAuth has no <c>removedAt</c>: on a field the server sent it is dropped, so an answer cannot
        /// make a live field obsolete. A field kept from the file (a type not asked for or refused) keeps
        /// the date the file gave it.
        /// </summary>
        private static JsonNode WithoutForeignTombstone(JsonNode field, JsonNode? old)
        {
            string? removedAt = RemovedAtOf(field);
            if (removedAt is null || (old is not null && RemovedAtOf(old) == removedAt))
            {
                return field;
            }

            JsonNode copy = JsonNode.Object(field.Start);
            copy.Properties!.AddRange(field.Properties!.Where(p => p.Name != RemovedAtMember));
            return copy;
        }

        private static bool IsExpired(string removedAt, DateTimeOffset now, int days) =>
            days <= 0 || !TryParseDate(removedAt, out DateTime date) || now.UtcDateTime.Date >= date.AddDays(days);

        private static bool TryParseDate(string text, out DateTime date) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date);

        private static bool IsEnum(JsonNode field)
        {
            JsonNode? type = field.GetValue("dataType");
            return type?.Kind == JsonNodeKind.String && DataTypes.Find(type.Text) == DataTypes.Enum;
        }

        private static string? RemovedAtOf(JsonNode node) =>
            node.Kind == JsonNodeKind.Object && node.GetValue(RemovedAtMember)?.Kind == JsonNodeKind.String ? node.GetValue(RemovedAtMember)!.Text : null;

        private static string? ValueOf(JsonNode option)
        {
            JsonNode? value = option.Kind == JsonNodeKind.Object ? option.GetValue("value") : option;
            return value?.Kind is JsonNodeKind.String or JsonNodeKind.Number ? value.Text : null;
        }

        /// <summary>The options as a list, decoding the JSON-string form the docs show.</summary>
        private static List<JsonNode> OptionsOf(JsonNode field)
        {
            JsonNode? options = field.GetValue("options");
            if (options?.Kind == JsonNodeKind.String)
            {
                options = JsonTextParser.Parse(options.Text!, out _);
            }

            return options?.Kind == JsonNodeKind.Array ? options.Items!.ToList() : new List<JsonNode>();
        }

        private static Dictionary<string, List<JsonNode>> FieldsOf(string? text) =>
            SchemaFileStore.FieldsByTarget(text).ToDictionary(
                p => p.Key,
                p => p.Value.Where(f => CustomFieldWriter.KeyOf(f) is not null).ToList(),
                StringComparer.Ordinal);

        private static Dictionary<string, JsonNode> ByKey(List<JsonNode> fields)
        {
            var byKey = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            foreach (JsonNode field in fields)
            {
                byKey[CustomFieldWriter.KeyOf(field)!] = field;
            }

            return byKey;
        }

        /// <summary>A copy of an object with one member replaced (or added).</summary>
        private static JsonNode With(JsonNode node, string name, JsonNode value)
        {
            JsonNode copy = JsonNode.Object(node.Start);
            foreach (JsonProperty property in node.Properties!.Where(p => p.Name != name))
            {
                copy.Properties!.Add(property);
            }

            copy.Properties!.Add(new JsonProperty(name, node.Start, 0, value));
            return copy;
        }

        private static JsonNode Array(IEnumerable<JsonNode> items)
        {
            JsonNode array = JsonNode.Array(default);
            array.Items!.AddRange(items);
            return array;
        }

        private static JsonNode Text(string text) => JsonNode.Scalar(JsonNodeKind.String, default, text.Length, text);
    }
}
