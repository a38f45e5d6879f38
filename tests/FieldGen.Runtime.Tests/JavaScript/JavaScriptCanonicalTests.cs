using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FieldGen.Runtime.Tests.Rich;
using FieldGen.Serialization;
using FieldGen.Tests.JavaScript;
using Xunit;

namespace FieldGen.Runtime.Tests.JavaScript
{
    /// <summary>
    /// Differential tests against Node.js: every text FieldGen writes (setCustomData bodies, ToJson,
    /// values as strings) must equal JSON.stringify(JSON.parse(text)) byte for byte, because that is
    /// the only text a JavaScript server can rebuild (and sign) from the body.
    /// </summary>
    public sealed class JavaScriptCanonicalTests
    {
        private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "JavaScript", "stringify.js");

        [Fact]
        public void Every_body_and_ToJson_equals_JSON_stringify_of_its_parse_in_node()
        {
            var texts = new List<(string What, byte[] Utf8)>();
            foreach (string value in JavaScriptCorpus.Strings())
            {
                var user = new UserCustomData { Class = value, 学校 = value };
                user.UnknownFields.Set("键 " + value.Length, value);
                Add(texts, "string " + Describe(value), user, targetIdentifier: "u" + value);
            }

            foreach (double value in JavaScriptCorpus.Numbers())
            {
                Add(texts, "number " + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), new UserCustomData { Age_2 = value }, "u");
            }

            foreach (string raw in JavaScriptCorpus.RawValues())
            {
                JsonElement element = JsonDocument.Parse(raw).RootElement;
                var user = new UserCustomData { Address = element };
                user.UnknownFields.Set("raw", element);
                Add(texts, "raw " + raw, user, "u");
            }

            Assert.True(texts.Count >= 600, $"the corpus is {texts.Count} texts");
            List<string> canonical = NodeRunner.Run(Script, texts.Select(t => Convert.ToBase64String(t.Utf8)).ToList());

            Assert.Equal(texts.Count, canonical.Count);
            var mismatches = new List<string>();
            for (int i = 0; i < texts.Count; i++)
            {
                string ours = Convert.ToBase64String(texts[i].Utf8);
                if (ours != canonical[i])
                {
                    string node = canonical[i].StartsWith("ERROR", StringComparison.Ordinal) ? canonical[i] : Encoding.UTF8.GetString(Convert.FromBase64String(canonical[i]));
                    mismatches.Add($"{texts[i].What}:\n  FieldGen {Encoding.UTF8.GetString(texts[i].Utf8)}\n  node     {node}");
                }
            }

            Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {texts.Count} texts differ from node:\n" + string.Join("\n", mismatches.Take(20)));
        }

        [Fact]
        public void The_issue_values_are_written_as_node_writes_them()
        {
            var user = new UserCustomData { Class = "北大 <a&b> 'x' +1", Age_2 = 18.50 };

            Assert.Equal(
                "{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"age\",\"value\":18.5},{\"key\":\"class\",\"value\":\"北大 <a&b> 'x' +1\"}]}",
                user.ToSetCustomDataRequest("u").ToJson());
            Assert.Equal("{\"age\":18.5,\"class\":\"北大 <a&b> 'x' +1\"}", user.ToJson());
        }

        [Fact]
        public void A_caller_writer_with_the_default_encoder_still_gets_canonical_text()
        {
            var user = new UserCustomData { Class = "部门\u2028😀", Age_2 = 1e21 };
            user.UnknownFields.Set("键", "\ud800");
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                JsonSerializer.Serialize(writer, user);
            }

            Assert.Equal("{\"age\":1e+21,\"class\":\"部门\u2028😀\",\"键\":\"\\ud800\"}", Encoding.UTF8.GetString(buffer.ToArray()));
        }

        [Theory]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity)]
        public void A_number_JSON_cannot_carry_is_refused_before_sending_naming_the_key(double value)
        {
            var user = new UserCustomData { Age_2 = value };

            var error = Assert.Throws<CustomDataFormatException>(() => user.ToSetCustomDataRequest("u").ToUtf8Bytes());
            Assert.Contains("'age'", error.Message);
            Assert.Throws<CustomDataFormatException>(() => user.ToJson());
        }

        [Fact]
        public void An_unknown_number_beyond_a_double_is_refused_before_sending_naming_the_key()
        {
            var user = new UserCustomData();
            user.UnknownFields.Set("huge", JsonDocument.Parse("1e400").RootElement);

            var error = Assert.Throws<CustomDataFormatException>(() => user.ToSetCustomDataRequest("u").ToUtf8Bytes());
            Assert.Contains("'huge'", error.Message);
        }

        [Theory]
        [InlineData(1e30, "1e+30")]
        [InlineData(5e-324, "5e-324")]
        [InlineData(1e308, "1e+308")]
        [InlineData(-0.0, "0")]
        [InlineData(1e21, "1e+21")]
        [InlineData(1e-7, "1e-7")]
        [InlineData(123456789012345680000d, "123456789012345680000")]
        [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
        public void Boundary_numbers_write_back_as_the_same_double(double value, string javaScript)
        {
            string body = new UserCustomData { Age_2 = value }.ToJson();

            Assert.Equal("{\"age\":" + javaScript + "}", body);
            Assert.Equal(BitConverter.DoubleToInt64Bits(value == 0 ? 0 : value), BitConverter.DoubleToInt64Bits(UserCustomData.FromJson(body).Age_2!.Value));
            Assert.Equal(javaScript, JavaScriptJson.FormatNumber(value));
        }

        private static void Add(List<(string, byte[])> texts, string what, UserCustomData user, string targetIdentifier)
        {
            texts.Add((what + " (setCustomData body)", user.ToSetCustomDataRequest(targetIdentifier, "default", "tenant-" + targetIdentifier).ToUtf8Bytes()));
            texts.Add((what + " (setCustomData body, values as strings)", user.ToSetCustomDataRequest(targetIdentifier, valuesAsStrings: true).ToUtf8Bytes()));
            texts.Add((what + " (ToJson)", Encoding.UTF8.GetBytes(user.ToJson())));
        }

        private static string Describe(string value) =>
            string.Concat(value.Take(24).Select(c => c < 0x20 || c > 0x7e ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
