using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FieldGen;
using FieldGen.Runtime.Tests.Rich;
using FieldGen.Serialization;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    /// <summary>
    /// The property "what was read is written back, semantically equal" (JSON.parse semantics: the last
    /// of duplicate keys wins, numbers are doubles) over generated payloads: random keys, envelope-looking
    /// names among them, nested values, explicit nulls, duplicates, schema keys with values in their
    /// written form. Seeded, so a failure names its case.
    /// </summary>
    public class RoundTripPropertyTests
    {
        private const int Seed = 11_2026;
        private const int Cases = 1_500;

        private static readonly string[] EnvelopeNames = { "statusCode", "code", "message", "data", "apiCode", "requestId", "list", "key", "value", "targetType" };

        private static readonly string[] UnknownNames = { "x", "nick name", "学 校", "🎓🎓", "a\"b", "back\\slash", "tab\t", "", "__proto__", "constructor", "toString", "0", "-1" };

        [Fact]
        public void Data_objects_read_and_written_back_are_semantically_equal_through_every_entry_point()
        {
            var random = new Random(Seed);
            int detectedAsEnvelope = 0;
            for (int i = 0; i < Cases; i++)
            {
                string payload = RandomDataObject(random);
                string expected = JsonParseSemantics.Canonical(payload);
                string because = $"case {i} (seed {Seed}): {payload}";

                AssertEqual(expected, CustomDataSerializer.DeserializeDataObject<UserCustomData>(payload).ToJson(), because);
                AssertEqual(expected, UserCustomData.FromJson(Envelope(payload, random)).ToJson(), because);
                AssertEqual(expected, CustomDataSerializer.DeserializeResponse<UserCustomData>(Envelope(payload, random)).ToJson(), because);

                string dto = "{\"id\":\"u\",\"customData\":" + payload + "}";
                var nested = JsonSerializer.Deserialize<EnvelopeOrDataTests.UserDto>(dto, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
                AssertEqual(expected, nested.CustomData!.ToJson(), because);

                if (LooksLikeAnEnvelope(payload))
                {
                    // The documented rule: only envelope names, a numeric status, a message or data.
                    detectedAsEnvelope++;
                }
                else
                {
                    AssertEqual(expected, UserCustomData.FromJson(payload).ToJson(), because);
                }

                AssertRequestRoundTrip(payload, random, because);
            }

            Assert.True(detectedAsEnvelope < Cases / 10, $"{detectedAsEnvelope} generated data objects were envelope-shaped");
        }

        // The test's own statement of the README rule, independent of GetCustomDataEnvelope.
        private static bool LooksLikeAnEnvelope(string payload)
        {
            using JsonDocument document = JsonDocument.Parse(payload);
            Dictionary<string, JsonElement> members = JsonParseSemantics.LastWins(document.RootElement);
            string[] envelope = { "statusCode", "code", "message", "apiCode", "requestId", "data" };
            bool numericStatus = members.TryGetValue("statusCode", out JsonElement s) && s.ValueKind == JsonValueKind.Number
                || members.TryGetValue("code", out JsonElement c) && c.ValueKind == JsonValueKind.Number;
            bool anyNonNumericStatus = document.RootElement.EnumerateObject().Any(m => (m.Name == "statusCode" || m.Name == "code") && m.Value.ValueKind != JsonValueKind.Number);
            return numericStatus && !anyNonNumericStatus && (members.ContainsKey("message") || members.ContainsKey("data")) && members.Keys.All(envelope.Contains);
        }

        private static void AssertRequestRoundTrip(string payload, Random random, string because)
        {
            using JsonDocument document = JsonDocument.Parse(payload);
            var items = document.RootElement.EnumerateObject().Select(m => "{\"key\":" + JsonSerializer.Serialize(m.Name) + ",\"value\":" + m.Value.GetRawText() + "}");
            string body = "{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[" + string.Join(",", items) + "]}";

            string written = SetCustomDataRequest.FromJson<UserCustomData>(body).ToJson();

            using JsonDocument again = JsonDocument.Parse(written);
            string listed = "{" + string.Join(",", again.RootElement.GetProperty("list").EnumerateArray().Select(item => JsonSerializer.Serialize(item.GetProperty("key").GetString()) + ":" + item.GetProperty("value").GetRawText())) + "}";
            AssertEqual(JsonParseSemantics.Canonical(payload), listed, because + " as a setCustomData body");
        }

        private static void AssertEqual(string expectedCanonical, string written, string because)
        {
            string actual = JsonParseSemantics.Canonical(written);
            if (expectedCanonical != actual)
            {
                throw new Xunit.Sdk.XunitException($"{because}\nexpected {expectedCanonical}\nwritten  {written}");
            }
        }

        private static string Envelope(string data, Random random)
        {
            var members = new List<string> { "\"statusCode\":" + (random.Next(3) == 0 ? "2e2" : "200"), "\"message\":\"ok\"" };
            if (random.Next(2) == 0)
            {
                members.Add("\"requestId\":\"r\"");
            }

            if (random.Next(4) == 0)
            {
                // An earlier data member: JSON.parse keeps the last.
                members.Add("\"data\":" + RandomDataObject(random));
            }

            List<string> ordered = random.Next(2) == 0 ? members : members.OrderBy(_ => random.Next()).ToList();
            int decoy = ordered.FindIndex(m => m.StartsWith("\"data\"", StringComparison.Ordinal));
            ordered.Insert(random.Next(decoy + 1, ordered.Count + 1), "\"data\":" + data);
            return "{" + string.Join(",", ordered) + "}";
        }

        private static string RandomDataObject(Random random)
        {
            var members = new List<string>();
            int count = random.Next(8);
            for (int i = 0; i < count; i++)
            {
                string key;
                string value;
                switch (random.Next(4))
                {
                    case 0:
                        key = EnvelopeNames[random.Next(EnvelopeNames.Length)];
                        value = RandomValue(random, 3);
                        break;
                    case 1:
                        (key, value) = SchemaMember(random);
                        break;
                    case 2:
                        key = UnknownNames[random.Next(UnknownNames.Length)];
                        value = RandomValue(random, 4);
                        break;
                    default:
                        key = RandomKey(random);
                        value = RandomValue(random, 2);
                        break;
                }

                members.Add(JsonSerializer.Serialize(key) + ":" + value);
                if (random.Next(10) == 0)
                {
                    // Duplicate keys: an earlier member again, and this key with another value of its kind.
                    members.Add(members[random.Next(members.Count)]);
                    string again = SchemaMember(random, key) ?? RandomValue(random, 1);
                    members.Add(JsonSerializer.Serialize(key) + ":" + again);
                }
            }

            return "{" + string.Join(random.Next(3) == 0 ? " , " : ",", members) + "}";
        }

        private static readonly string[] SchemaKeys = { "age", "class", "is.active", "school", "address", "userId" };

        // Another value for key when it is a schema key, else null.
        private static string? SchemaMember(Random random, string key)
        {
            int kind = Array.IndexOf(SchemaKeys, key);
            return kind < 0 ? null : SchemaValue(random, kind);
        }

        private static (string Key, string Value) SchemaMember(Random random)
        {
            int kind = random.Next(SchemaKeys.Length);
            return (SchemaKeys[kind], SchemaValue(random, kind));
        }

        // Schema keys carry values in the form the typed property writes back.
        private static string SchemaValue(Random random, int kind)
        {
            switch (kind)
            {
                case 0:
                    return random.Next(5) == 0 ? "null" : (random.Next(-1000, 1000) / (random.Next(2) == 0 ? 1m : 8m)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                case 1:
                    return random.Next(5) == 0 ? "null" : JsonSerializer.Serialize(RandomKey(random));
                case 2:
                    return new[] { "true", "false", "null" }[random.Next(3)];
                case 3:
                    return new[] { "\"pku\"", "\"hust\"", "\"mit\"", "null" }[random.Next(4)];
                case 4:
                    return RandomValue(random, 4);
                default:
                    return JsonSerializer.Serialize(RandomKey(random));
            }
        }

        private static string RandomKey(Random random)
        {
            const string alphabet = "abcXYZ_-. 0学🎓\"\\/\u00e9\u2028";
            var key = new StringBuilder();
            int length = random.Next(1, 8);
            var elements = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
            var parts = new List<string>();
            while (elements.MoveNext())
            {
                parts.Add((string)elements.Current);
            }

            for (int i = 0; i < length; i++)
            {
                key.Append(parts[random.Next(parts.Count)]);
            }

            // A random key that happens to be a schema key ("🎓") would need a value of its type.
            bool isSchemaKey = new UserCustomData().Contract.Find(Encoding.UTF8.GetBytes(key.ToString())) >= 0;
            return isSchemaKey ? key.Append('~').ToString() : key.ToString();
        }

        private static string RandomValue(Random random, int depth)
        {
            switch (random.Next(depth > 0 ? 9 : 6))
            {
                case 0:
                    return "null";
                case 1:
                    return random.Next(2) == 0 ? "true" : "false";
                case 2:
                    return new[] { "0", "-0", "1e2", "123456789012345678901234567890", "0.1", "-2.5E-3", "18" }[random.Next(7)];
                case 3:
                    return JsonSerializer.Serialize(RandomKey(random));
                case 4:
                    return "\"\\u00e9\\n\\\"\"";
                case 5:
                    return "\"\"";
                case 6:
                case 7:
                    return "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => JsonSerializer.Serialize(random.Next(3) == 0 ? EnvelopeNames[random.Next(EnvelopeNames.Length)] : RandomKey(random)) + ":" + RandomValue(random, depth - 1))) + "}";
                default:
                    return "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth - 1))) + "]";
            }
        }
    }
}
