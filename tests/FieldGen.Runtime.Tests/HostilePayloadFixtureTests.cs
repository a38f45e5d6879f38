using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using FieldGen;
using FieldGen.Runtime.Tests.Rich;
using FieldGen.Serialization;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    /// <summary>
    /// Hostile/payloads.json: payloads designed to break the reader (envelope look-alikes, escaped and
    /// duplicate envelope names, status numbers JavaScript reads oddly, trailing bytes JSON does not call
    /// whitespace, deep nesting, invalid UTF-8), each with the outcome JSON.parse semantics call for.
    /// </summary>
    public class HostilePayloadFixtureTests
    {
        public static IEnumerable<object[]> Cases()
        {
            using JsonDocument fixture = JsonDocument.Parse(File.ReadAllText(Path.Combine("Hostile", "payloads.json")));
            foreach (JsonElement item in fixture.RootElement.EnumerateArray())
            {
                yield return new object[] { item.GetProperty("name").GetString()!, item.GetRawText() };
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_hostile_payload_gets_the_outcome_json_parse_calls_for(string name, string caseJson)
        {
            using JsonDocument document = JsonDocument.Parse(caseJson);
            JsonElement item = document.RootElement;
            byte[] input = item.TryGetProperty("inputBase64", out JsonElement base64)
                ? Convert.FromBase64String(base64.GetString()!)
                : Encoding.UTF8.GetBytes(item.GetProperty("input").GetString()!);
            string read = item.GetProperty("read").GetString()!;

            switch (item.GetProperty("expect").GetString())
            {
                case "data":
                    string written = Read(read, input);
                    Assert.True(JsonParseSemantics.Canonical(item.GetProperty("written").GetString()!) == JsonParseSemantics.Canonical(written), $"{name}: wrote {written}");
                    break;
                case "api":
                    var failure = Assert.Throws<GenAuthApiException>(() => Read(read, input));
                    Assert.Equal(item.GetProperty("statusCode").GetInt32(), failure.StatusCode);
                    break;
                default:
                    var error = Assert.Throws<CustomDataFormatException>(() => Read(read, input));
                    Assert.False(string.IsNullOrEmpty(error.Path), name);
                    if (item.TryGetProperty("path", out JsonElement path))
                    {
                        Assert.Equal(path.GetString(), error.Path);
                    }

                    Assert.True(error.Message.Length < 1_000, $"{name}: a {error.Message.Length}-character message");
                    break;
            }
        }

        // Each entry point, returning the values it read as a data object.
        private static string Read(string entryPoint, byte[] input) => entryPoint switch
        {
            "detect" => UserCustomData.FromUtf8Json(input).ToJson(),
            "response" => CustomDataSerializer.DeserializeResponse<UserCustomData>(input).ToJson(),
            "dataObject" => CustomDataSerializer.DeserializeDataObject<UserCustomData>(input).ToJson(),
            "dto" => JsonSerializer.Deserialize<EnvelopeOrDataTests.UserDto>("{\"customData\":" + Encoding.UTF8.GetString(input) + "}", new JsonSerializerOptions(JsonSerializerDefaults.Web))!.CustomData!.ToJson(),
            "request" => ListAsObject(SetCustomDataRequest.FromUtf8Json<UserCustomData>(input).ToJson()),
            _ => throw new ArgumentException("unknown entry point " + entryPoint),
        };

        private static string ListAsObject(string body)
        {
            using JsonDocument document = JsonDocument.Parse(body);
            var members = new List<string>();
            foreach (JsonElement item in document.RootElement.GetProperty("list").EnumerateArray())
            {
                members.Add(JsonSerializer.Serialize(item.GetProperty("key").GetString()) + ":" + item.GetProperty("value").GetRawText());
            }

            return "{" + string.Join(",", members) + "}";
        }
    }
}
