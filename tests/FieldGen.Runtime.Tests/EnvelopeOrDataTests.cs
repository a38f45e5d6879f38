using System;
using System.Text;
using System.Text.Json;
using FieldGen.Runtime.Tests.Rich;
using FieldGen.Serialization;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    /// <summary>Issue 11, payload items 1 and 2: a bare data object is never taken for an envelope, and every status but 200 fails.</summary>
    public class EnvelopeOrDataTests
    {
        [Theory]
        [InlineData("{\"message\":\"hello\",\"num\":1}")]
        [InlineData("{\"requestId\":\"r-1\",\"num\":1}")]
        [InlineData("{\"apiCode\":20001,\"num\":1}")]
        [InlineData("{\"data\":{\"age\":1},\"num\":1}")]
        [InlineData("{\"code\":1024,\"num\":1}")]
        [InlineData("{\"statusCode\":200,\"data\":{\"age\":1},\"num\":1}")]
        [InlineData("{\"statusCode\":500,\"message\":\"boom\",\"num\":1}")]
        [InlineData("{\"message\":\"hello\"}")]
        [InlineData("{\"statusCode\":200}")]
        [InlineData("{\"code\":1024}")]
        [InlineData("{\"statusCode\":\"500\",\"message\":\"a string is no status\"}")]
        [InlineData("{\"data\":{\"age\":\"not a number, but here only a raw unknown value\"},\"num\":1}")]
        public void A_bare_data_object_with_envelope_names_keeps_every_key(string json)
        {
            string expected = JsonParseSemantics.Canonical(json);

            Assert.Equal(expected, JsonParseSemantics.Canonical(UserCustomData.FromJson(json).ToJson()));
            Assert.Equal(expected, JsonParseSemantics.Canonical(UserCustomData.FromUtf8Json(Encoding.UTF8.GetBytes(json)).ToJson()));
            Assert.Equal(expected, JsonParseSemantics.Canonical(JsonSerializer.Serialize(JsonSerializer.Deserialize<UserCustomData>(json))));
        }

        [Fact]
        public void The_issue_example_keeps_both_keys()
        {
            Assert.Equal("{\"message\":\"hello\",\"num\":1}", UserCustomData.FromJson("{\"message\":\"hello\",\"num\":1}").ToJson());
        }

        [Theory]
        [InlineData("{\"statusCode\":200,\"message\":\"ok\",\"data\":{\"class\":\"3A\"}}")]
        [InlineData("{\"data\":{\"class\":\"3A\"},\"statusCode\":200}")]
        [InlineData("{\"code\":200,\"message\":\"ok\",\"data\":{\"class\":\"3A\"}}")]
        [InlineData("{\"requestId\":\"r\",\"apiCode\":20001,\"message\":\"ok\",\"data\":{\"class\":\"3A\"},\"statusCode\":2e2}")]
        [InlineData("{\"statusCode\":200.0,\"data\":{\"class\":\"3A\"}}")]
        [InlineData("{\"statusCode\":20000e-2,\"data\":{\"class\":\"3A\"}}")]
        public void An_envelope_is_still_read_as_one(string json)
        {
            UserCustomData user = UserCustomData.FromJson(json);

            Assert.Equal("3A", user.Class);
            Assert.Empty(user.UnknownFields);
        }

        [Fact]
        public void A_data_object_made_only_of_envelope_names_is_read_as_data_through_the_explicit_entry_point()
        {
            const string json = "{\"statusCode\":200,\"message\":\"ok\",\"data\":{\"class\":\"3A\"}}";

            UserCustomData user = CustomDataSerializer.DeserializeDataObject<UserCustomData>(json);

            Assert.Null(user.Class);
            Assert.Equal(JsonParseSemantics.Canonical(json), JsonParseSemantics.Canonical(user.ToJson()));
        }

        [Fact]
        public void The_explicit_envelope_entry_point_ignores_members_a_newer_api_adds_and_requires_a_status()
        {
            UserCustomData user = CustomDataSerializer.DeserializeResponse<UserCustomData>("{\"statusCode\":200,\"traceId\":\"t\",\"data\":{\"class\":\"3A\"}}");
            Assert.Equal("3A", user.Class);
            Assert.Empty(user.UnknownFields);

            Assert.Throws<GenAuthApiException>(() => CustomDataSerializer.DeserializeResponse<UserCustomData>("{\"statusCode\":403,\"traceId\":\"t\",\"message\":\"no\"}"));
            Assert.Equal("$", Assert.Throws<CustomDataFormatException>(() => CustomDataSerializer.DeserializeResponse<UserCustomData>("{\"data\":{}}")).Path);
            Assert.Equal("$.statusCode", Assert.Throws<CustomDataFormatException>(() => CustomDataSerializer.DeserializeResponse<UserCustomData>("{\"statusCode\":\"200\",\"data\":{}}")).Path);
        }

        [Fact]
        public void A_bad_value_inside_an_envelope_is_still_refused_with_its_path()
        {
            var error = Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson("{\"statusCode\":200,\"message\":\"ok\",\"data\":{\"age\":\"abc\"}}"));

            Assert.Equal("$.data.age", error.Path);
        }

        public sealed class UserDto
        {
            public string? Id { get; set; }

            public UserCustomData? CustomData { get; set; }
        }

        [Theory]
        [InlineData("{\"message\":\"hello\",\"num\":1}")]
        [InlineData("{\"statusCode\":200,\"message\":\"ok\",\"data\":{\"class\":\"3A\"}}")]
        [InlineData("{\"code\":1024,\"message\":\"x\"}")]
        public void Nested_in_a_user_dto_the_converter_reads_a_data_object_only(string customData)
        {
            var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            string json = "{\"id\":\"u1\",\"customData\":" + customData + "}";

            UserDto dto = JsonSerializer.Deserialize<UserDto>(json, options)!;

            Assert.Equal("u1", dto.Id);
            Assert.Null(dto.CustomData!.Class);
            Assert.Equal(JsonParseSemantics.Canonical(customData), JsonParseSemantics.Canonical(dto.CustomData.ToJson()));
            Assert.Equal(JsonParseSemantics.Canonical(json), JsonParseSemantics.Canonical(JsonSerializer.Serialize(dto, options)));
        }

        [Theory]
        [InlineData("500.0", 500)]
        [InlineData("5e2", 500)]
        [InlineData("4294967496", 0)]
        [InlineData("200.5", 0)]
        [InlineData("-200", -200)]
        [InlineData("1e400", 0)]
        [InlineData("200.0000001", 0)]
        [InlineData("0", 0)]
        public void Every_status_but_200_is_a_failure(string status, int expectedStatusCode)
        {
            foreach (string name in new[] { "statusCode", "code" })
            {
                string json = "{\"" + name + "\":" + status + ",\"message\":\"boom\",\"requestId\":\"r\",\"data\":{}}";

                var error = Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson(json));

                Assert.Equal(expectedStatusCode, error.StatusCode);
                Assert.Equal("boom", error.ApiMessage);
                Assert.Contains("statusCode " + status, error.Message);
            }
        }

        [Fact]
        public void The_last_of_duplicate_status_members_decides_as_in_json_parse()
        {
            Assert.Equal("3A", UserCustomData.FromJson("{\"statusCode\":500,\"statusCode\":200,\"data\":{\"class\":\"3A\"}}").Class);
            Assert.Equal(503, Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson("{\"statusCode\":200,\"message\":\"m1\",\"data\":{},\"statusCode\":503,\"message\":\"m2\"}")).StatusCode);
            Assert.Equal("m2", Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson("{\"statusCode\":200,\"message\":\"m1\",\"data\":{},\"statusCode\":503,\"message\":\"m2\"}")).ApiMessage);
        }

        [Fact]
        public void A_failure_envelope_wins_over_a_bad_data_value()
        {
            Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson("{\"statusCode\":400,\"message\":\"bad\",\"data\":{\"age\":\"abc\"}}"));
        }
    }
}
