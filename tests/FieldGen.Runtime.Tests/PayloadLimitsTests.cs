using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FieldGen;
using FieldGen.Runtime.Tests.Rich;
using FieldGen.Serialization;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    /// <summary>Issue 11, payload items 3 and 4: trailing content, one depth limit, schema keys set through UnknownFields, duplicates, message size.</summary>
    public class PayloadLimitsTests
    {
        private const string Body = "{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"class\",\"value\":\"3A\"}]}";

        public static TheoryData<string> Trailers => new TheoryData<string> { "xyz", "{\"num\":2}", "]", "/*c*/", "}", " 1", ",", "\u0000" };

        [Theory]
        [MemberData(nameof(Trailers))]
        public async Task Content_after_the_root_is_refused_with_its_position_by_every_entry_point(string trailer)
        {
            string json = "{\"num\":1}" + trailer;
            byte[] utf8 = Encoding.UTF8.GetBytes(json);

            AssertTrailing(Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson(json)));
            AssertTrailing(Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromUtf8Json(utf8)));
            AssertTrailing(Assert.Throws<CustomDataFormatException>(() => CustomDataSerializer.DeserializeDataObject<UserCustomData>(json)));
            AssertTrailing(Assert.Throws<CustomDataFormatException>(() => CustomDataSerializer.DeserializeResponse<UserCustomData>("{\"statusCode\":200,\"data\":{}}" + trailer)));
            AssertTrailing(await Assert.ThrowsAsync<CustomDataFormatException>(() => CustomDataSerializer.DeserializeAsync<UserCustomData>(new MemoryStream(utf8))));
            AssertTrailing(Assert.Throws<CustomDataFormatException>(() => SetCustomDataRequest.FromJson<UserCustomData>(Body + trailer)));
            AssertTrailing(Assert.Throws<CustomDataFormatException>(() => SetCustomDataRequest.FromUtf8Json<UserCustomData>(Encoding.UTF8.GetBytes(Body + trailer))));
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<UserCustomData>(json));
        }

        private static void AssertTrailing(CustomDataFormatException error)
        {
            Assert.Equal("$", error.Path);
            Assert.NotNull(error.BytePositionInLine);
            Assert.Contains("after the", error.Message);
        }

        [Fact]
        public void Whitespace_and_a_byte_order_mark_around_the_root_are_fine()
        {
            Assert.Equal(1d, UserCustomData.FromJson("\uFEFF {\"age\":1} \r\n\t ").Age_2);
            Assert.Equal(1d, UserCustomData.FromUtf8Json(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"age\":1}\n")).ToArray()).Age_2);
            Assert.Equal("u", SetCustomDataRequest.FromJson<UserCustomData>("\uFEFF" + Body + "\n ").TargetIdentifier);
        }

        private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

        [Fact]
        public void A_value_nested_61_deep_reads_in_every_form_and_its_body_reads_back()
        {
            string value = Nested(JsonValueDepth.MaxValueDepth);

            UserCustomData bare = UserCustomData.FromJson("{\"deep\":" + value + ",\"address\":" + value + "}");
            UserCustomData wrapped = UserCustomData.FromJson("{\"statusCode\":200,\"data\":{\"deep\":" + value + "}}");
            bare.UnknownFields.Set("deep", bare.UnknownFields["deep"]);
            bare.Address = bare.Address;
            string body = bare.ToSetCustomDataRequest("u").ToJson();

            SetCustomDataRequest again = SetCustomDataRequest.FromJson<UserCustomData>(body);
            using JsonDocument byDefaultOptions = JsonDocument.Parse(body);
            Assert.Equal(value, ((UserCustomData)again.Data).UnknownFields["deep"].GetRawText());
            Assert.Equal(value, wrapped.UnknownFields["deep"].GetRawText());
            Assert.Equal(2, bare.ToSetCustomDataRequest("u").ToBatches(1).Count);
            Assert.Equal(body, again.ToJson());
        }

        [Theory]
        [InlineData("{\"deep\":#}", "$.deep")]
        [InlineData("{\"statusCode\":200,\"data\":{\"deep\":#}}", "$.data.deep")]
        [InlineData("{\"address\":#}", "$.address")]
        public void A_value_nested_62_deep_is_refused_on_read_in_every_form(string template, string path)
        {
            string json = template.Replace("#", Nested(JsonValueDepth.MaxValueDepth + 1));

            var error = Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson(json));

            Assert.Equal(path, error.Path);
            Assert.Contains("depth", error.Message);
        }

        [Fact]
        public void A_list_form_value_nested_62_deep_is_refused_by_the_reader_limit()
        {
            string item = "[{\"key\":\"deep\",\"value\":" + Nested(JsonValueDepth.MaxValueDepth + 1) + "}]";

            Assert.Contains("depth", Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson("{\"statusCode\":200,\"data\":" + item + "}")).Message);
            Assert.Contains("depth", Assert.Throws<CustomDataFormatException>(() => SetCustomDataRequest.FromJson<UserCustomData>("{\"targetIdentifier\":\"u\",\"list\":" + item + "}")).Message);
        }

        [Fact]
        public void A_value_nested_62_deep_is_refused_on_write()
        {
            using JsonDocument deep = JsonDocument.Parse(Nested(JsonValueDepth.MaxValueDepth + 1), new JsonDocumentOptions { MaxDepth = 100 });
            var user = new UserCustomData();

            Assert.Throws<ArgumentException>(() => user.UnknownFields.Set("deep", deep.RootElement));
            Assert.Throws<ArgumentException>(() => user.UnknownFields.Set("address", deep.RootElement));
            user.Address = deep.RootElement;
            Assert.Throws<InvalidOperationException>(() => user.ToJson());
            Assert.Throws<InvalidOperationException>(() => user.ToSetCustomDataRequest("u").ToJson());
        }

        [Fact]
        public void UnknownFields_Set_with_a_schema_key_sets_the_typed_property_and_writes_the_key_once()
        {
            UserCustomData user = UserCustomData.FromJson("{\"age\":1,\"other\":true}");

            user.UnknownFields.Set("age", "18");
            user.UnknownFields.Set("class", "3A");

            Assert.Equal(18d, user.Age_2);
            Assert.Equal("3A", user.Class);
            Assert.False(user.UnknownFields.ContainsKey("age"));
            Assert.Equal("{\"age\":18,\"class\":\"3A\",\"other\":true}", user.ToJson());
            Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"u\",\"list\":[{\"key\":\"age\",\"value\":18},{\"key\":\"class\",\"value\":\"3A\"}]}", user.ToSetCustomDataRequest("u").ToJson());
            Assert.Throws<ArgumentException>(() => user.UnknownFields.Set("age", "eighteen"));
            Assert.Equal(18d, user.Age_2);
        }

        [Fact]
        public void Duplicate_data_members_and_keys_the_last_one_wins_as_in_json_parse()
        {
            UserCustomData twoData = UserCustomData.FromJson("{\"statusCode\":200,\"data\":{\"age\":1,\"x\":1},\"message\":\"ok\",\"data\":{\"class\":\"3A\"}}");
            Assert.Equal("{\"class\":\"3A\"}", twoData.ToJson());

            Assert.Equal("{\"class\":\"3A\"}", UserCustomData.FromJson("{\"statusCode\":200,\"data\":{\"age\":\"bad\"},\"data\":{\"class\":\"3A\"}}").ToJson());
            Assert.Equal("{\"age\":2,\"x\":3,\"y\":2}", UserCustomData.FromJson("{\"age\":1,\"x\":1,\"y\":2,\"age\":2,\"x\":3}").ToJson());
            Assert.Equal("{\"age\":null}", UserCustomData.FromJson("{\"age\":1,\"age\":null}").ToJson());
            Assert.Equal("{\"age\":1}", UserCustomData.FromJson("{\"age\":null,\"age\":1}").ToJson());
        }

        [Fact]
        public void Duplicate_list_members_and_item_members_the_last_one_wins_as_in_json_parse()
        {
            SetCustomDataRequest request = SetCustomDataRequest.FromJson<UserCustomData>(
                "{\"targetType\":\"ROLE\",\"targetIdentifier\":\"a\",\"list\":[{\"key\":\"age\",\"value\":1},{\"key\":\"x\",\"value\":1}],\"targetIdentifier\":\"b\",\"targetType\":\"USER\"," +
                "\"list\":[{\"key\":\"class\",\"value\":\"3A\"},{\"key\":\"y\",\"value\":1,\"key\":\"z\",\"value\":2},{\"key\":\"class\",\"value\":\"3B\"}]}");

            Assert.Equal("b", request.TargetIdentifier);
            Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"b\",\"list\":[{\"key\":\"class\",\"value\":\"3B\"},{\"key\":\"z\",\"value\":2}]}", request.ToJson());
        }

        [Theory]
        [InlineData("{\"age\":#}")]
        [InlineData("{\"age\":\"#\"}")]
        [InlineData("{\"hired-at\":\"#\"}")]
        [InlineData("{\"is.active\":\"#\"}")]
        [InlineData("{\"school\":[\"#\"]}")]
        [InlineData("{\"k#\":\"\\ud800\",\"age\":\"x\"}")]
        [InlineData("{\"statusCode\":200,\"data\":{\"k#\":[1,}}")]
        [InlineData("{\"age\":1}#")]
        public void A_huge_value_or_key_gives_a_short_message(string template)
        {
            string json = template.Replace("#", new string('1', 100_000));

            var error = Assert.ThrowsAny<JsonException>(() => UserCustomData.FromJson(json));

            Assert.True(error.Message.Length < 1_000, $"{error.Message.Length} characters: {error.Message.Substring(0, Math.Min(200, error.Message.Length))}");
        }

        [Fact]
        public void A_huge_status_or_api_message_gives_a_short_message_and_keeps_the_whole_text()
        {
            string huge = new string('9', 100_000);

            var status = Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson("{\"statusCode\":" + huge + ",\"message\":\"m\"}"));
            var message = Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson("{\"statusCode\":500,\"message\":\"" + huge + "\",\"requestId\":\"" + huge + "\"}"));
            var request = Assert.Throws<CustomDataFormatException>(() => SetCustomDataRequest.FromJson<UserCustomData>("{\"targetType\":\"" + huge + "\",\"targetIdentifier\":\"u\",\"list\":[]}"));

            Assert.True(status.Message.Length < 1_000);
            Assert.True(message.Message.Length < 1_000);
            Assert.Equal(huge, message.ApiMessage);
            Assert.True(request.Message.Length < 1_000);
        }
    }
}
