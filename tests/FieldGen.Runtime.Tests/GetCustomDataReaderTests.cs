using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FieldGen.Runtime.Tests.Rich;
using Xunit;
using DocUser = FieldGen.Runtime.Tests.DocSample.UserCustomData;

namespace FieldGen.Runtime.Tests
{
    /// <summary>Reading GetCustomData payloads into the generated classes.</summary>
    public class GetCustomDataReaderTests
    {
        [Fact]
        public void Reads_the_published_doc_sample_envelope()
        {
            DocUser user = DocUser.FromJson(File.ReadAllText(Path.Combine("Examples", "v3-get-custom-data.doc-sample.json")));

            Assert.Equal(DocUser.School.Pku, user.SchoolValue?.Option);
            Assert.Equal("pku", user.SchoolValue?.RawValue);
            Assert.Equal(18, user.UnknownFields["age"].GetInt32());
            Assert.False(user.HasChanges);
        }

        [Fact]
        public void Reads_a_bare_data_object_as_well_as_the_envelope()
        {
            UserCustomData bare = UserCustomData.FromJson("{\"age\":18,\"school\":\"hust\"}");
            UserCustomData wrapped = UserCustomData.FromJson("{\"statusCode\":200,\"message\":\"ok\",\"data\":{\"age\":18,\"school\":\"hust\"}}");

            Assert.Equal(18d, bare.Age_2);
            Assert.Equal(UserCustomData.School.Hust, bare.SchoolValue?.Option);
            Assert.Equal(bare.Age_2, wrapped.Age_2);
            Assert.Equal(bare.SchoolValue, wrapped.SchoolValue);
            Assert.Empty(wrapped.UnknownFields);
        }

        [Fact]
        public void Envelope_members_may_come_in_any_order()
        {
            UserCustomData user = UserCustomData.FromJson("{\"data\":{\"hired-at\":\"2024-01-02T03:04:05Z\"},\"requestId\":\"r\",\"statusCode\":200}");

            Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), user.HiredAt);
        }

        [Theory]
        [InlineData("\"18\"", 18)]
        [InlineData("18", 18)]
        [InlineData("\"0.1\"", 0.1)]
        [InlineData("-2.5e2", -250)]
        [InlineData("\" 42 \"", 42)]
        public void Numbers_are_read_from_numbers_and_strings(string json, double expected)
        {
            UserCustomData user = UserCustomData.FromJson("{\"age\":" + json + "}");

            Assert.Equal(expected, user.Age_2);
        }

        [Theory]
        [InlineData("1e30", 1e30)]
        [InlineData("5e-324", 5e-324)]
        [InlineData("1e308", 1e308)]
        [InlineData("-1.7976931348623157e308", -1.7976931348623157e308)]
        [InlineData("\"1e-30\"", 1e-30)]
        public void Every_finite_double_reads_as_the_server_holds_it(string json, double expected)
        {
            UserCustomData user = UserCustomData.FromJson("{\"statusCode\":200,\"data\":{\"age\":" + json + "}}");

            Assert.Equal(expected, user.Age_2);
        }

        [Fact]
        public void A_literal_longer_than_a_double_reads_as_its_nearest_double_as_JSON_parse_does()
        {
            // JSON.parse("12345678901234567890") is 12345678901234567168, printed 12345678901234567000.
            UserCustomData user = UserCustomData.FromJson("{\"age\":12345678901234567890}");

            Assert.Equal(12345678901234567168d, user.Age_2);
            Assert.Equal("{\"age\":12345678901234567000}", user.ToJson());
        }

        [Theory]
        [InlineData("1e309")]
        [InlineData("-1e400")]
        [InlineData("\"1e309\"")]
        [InlineData("\"NaN\"")]
        [InlineData("\"Infinity\"")]
        public void A_number_beyond_a_double_is_refused_with_its_path(string json)
        {
            var error = Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson("{\"statusCode\":200,\"data\":{\"age\":" + json + "}}"));

            Assert.Equal("$.data.age", error.Path);
            Assert.Contains("NUMBER", error.Message);
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("\"true\"", true)]
        [InlineData("\"FALSE\"", false)]
        [InlineData("0", false)]
        [InlineData("\"1\"", true)]
        public void Booleans_are_read_from_booleans_strings_and_bits(string json, bool expected)
        {
            Assert.Equal(expected, UserCustomData.FromJson("{\"is.active\":" + json + "}").IsActive);
        }

        [Theory]
        [InlineData("\"2022-03-17T05:23:01.567Z\"")]
        [InlineData("1647494581567")]
        [InlineData("\"1647494581567\"")]
        [InlineData("\"2022-03-17T13:23:01.567+08:00\"")]
        public void Datetimes_are_read_from_iso_8601_and_epoch_milliseconds(string json)
        {
            UserCustomData user = UserCustomData.FromJson("{\"hired-at\":" + json + "}");

            Assert.Equal(new DateTimeOffset(2022, 3, 17, 5, 23, 1, 567, TimeSpan.Zero), user.HiredAt);
        }

        [Fact]
        public void An_option_the_schema_does_not_list_is_kept_raw()
        {
            UserCustomData user = UserCustomData.FromJson("{\"school\":\"mit\",\"level\":2}");

            Assert.False(user.SchoolValue!.Value.IsListed);
            Assert.Null(user.SchoolValue.Value.Option);
            Assert.Equal("mit", user.SchoolValue.Value.RawValue);
            Assert.Equal(UserCustomData.Level._2, user.LevelValue?.Option);
            Assert.Equal("{\"level\":\"2\",\"school\":\"mit\"}", user.ToJson());
        }

        [Fact]
        public void Unknown_keys_survive_a_read_write_round_trip_in_order()
        {
            const string json = "{\"zeta\":{\"nested\":[1,2,{\"x\":null}]},\"age\":7,\"alpha\":\"a\",\"big\":123456789012345678901234567890}";

            UserCustomData user = UserCustomData.FromJson(json);
            UserCustomData again = UserCustomData.FromJson(user.ToJson());

            Assert.Equal(new[] { "zeta", "alpha", "big" }, again.UnknownFields.Keys.ToArray());
            // Written back as JSON.stringify(JSON.parse(...)) writes it: the double the server holds.
            Assert.Equal("1.2345678901234568e+29", again.UnknownFields["big"].GetRawText());
            Assert.Equal(123456789012345678901234567890d, again.UnknownFields["big"].GetDouble());
            Assert.Equal("{\"nested\":[1,2,{\"x\":null}]}", again.UnknownFields["zeta"].GetRawText());
            Assert.Equal(7d, again.Age_2);
        }

        [Fact]
        public void Keys_read_as_null_are_written_back_as_null_and_absent_keys_stay_absent()
        {
            const string json = "{\"age\":null,\"class\":\"3A\",\"school\":null,\"other\":null}";

            UserCustomData user = UserCustomData.FromJson("{\"statusCode\":200,\"data\":" + json + "}");

            Assert.Null(user.Age_2);
            Assert.Null(user.SchoolValue);
            Assert.False(user.HasChanges);
            Assert.Equal(json, user.ToJson());

            user.Age_2 = 5;
            Assert.Equal("{\"age\":5,\"class\":\"3A\",\"school\":null,\"other\":null}", user.ToJson());
            Assert.Equal("{}", UserCustomData.FromJson("{}").ToJson());
        }

        [Fact]
        public void Escaped_and_non_ascii_keys_match_their_fields()
        {
            UserCustomData user = UserCustomData.FromJson("{\"\\u5b66\\u6821\":\"北大\",\"\\ud83c\\udf93\":\"cap\",\"1st place\":\"gold\"}");

            Assert.Equal("北大", user.学校);
            Assert.Equal("cap", user.U1F393);
            Assert.Equal("gold", user._1stPlace);
        }

        [Fact]
        public void Object_and_unknown_data_types_are_kept_as_raw_json()
        {
            UserCustomData user = UserCustomData.FromJson("{\"address\":{\"city\":\"Wuhan\"},\"location\":[114.3,30.6]}");

            Assert.Equal("Wuhan", user.Address?.GetProperty("city").GetString());
            Assert.Equal(2, user.Location?.GetArrayLength());
        }

        [Fact]
        public void Data_given_as_a_key_value_list_is_read_too()
        {
            UserCustomData user = UserCustomData.FromJson("{\"statusCode\":200,\"data\":[{\"key\":\"age\",\"value\":\"30\"},{\"value\":\"pku\",\"key\":\"school\"},{\"key\":\"extra\",\"value\":true}]}");

            Assert.Equal(30d, user.Age_2);
            Assert.Equal(UserCustomData.School.Pku, user.SchoolValue?.Option);
            Assert.True(user.UnknownFields["extra"].GetBoolean());
        }

        [Fact]
        public void A_failure_envelope_throws_GenAuthApiException_with_what_the_api_said()
        {
            var error = Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson(
                "{\"statusCode\":403,\"message\":\"Forbidden\",\"apiCode\":2333,\"requestId\":\"req-1\",\"data\":null}"));

            Assert.Equal(403, error.StatusCode);
            Assert.Equal(2333, error.ApiCode);
            Assert.Equal("Forbidden", error.ApiMessage);
            Assert.Equal("req-1", error.RequestId);
            Assert.Contains("req-1", error.Message);
        }

        [Fact]
        public void A_v2_failure_envelope_with_code_throws_too()
        {
            var error = Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson("{\"code\":500,\"message\":\"boom\"}"));

            Assert.Equal(500, error.StatusCode);
            Assert.Null(error.ApiCode);
        }

        [Theory]
        [InlineData("{\"age\":\"abc\"}", "$.age")]
        [InlineData("{\"statusCode\":200,\"data\":{\"is.active\":\"maybe\"}}", "$.data['is.active']")]
        [InlineData("{\"statusCode\":200,\"data\":{\"school\":{\"a\":1}}}", "$.data.school")]
        [InlineData("{\"statusCode\":200,\"data\":{\"hired-at\":\"yesterday\"}}", "$.data['hired-at']")]
        [InlineData("{\"statusCode\":200,\"data\":[1]}", "$.data[0]")]
        [InlineData("[1,2]", "$")]
        public void Unreadable_values_throw_CustomDataFormatException_with_the_path(string json, string path)
        {
            var error = Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson(json));

            Assert.Equal(path, error.Path);
        }

        [Fact]
        public void Malformed_json_throws_CustomDataFormatException_with_position()
        {
            var error = Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson("{\"statusCode\":200,\n\"data\":{\"age\": 1,}}"));

            Assert.Equal(1, error.LineNumber);
            Assert.IsAssignableFrom<JsonException>(error);
        }

        [Fact]
        public void A_utf8_byte_order_mark_before_the_payload_is_skipped()
        {
            byte[] withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("{\"age\":18}")).ToArray();

            Assert.Equal(18d, UserCustomData.FromUtf8Json(withBom).Age_2);
            Assert.Equal(18d, UserCustomData.FromJson("\uFEFF{\"age\":18}").Age_2);
        }

        [Fact]
        public void JsonSerializer_uses_the_generated_converter_both_ways()
        {
            UserCustomData? user = JsonSerializer.Deserialize<UserCustomData>("{\"statusCode\":200,\"data\":{\"age\":5,\"mystery\":1}}");

            Assert.Equal(5d, user!.Age_2);
            Assert.Equal("{\"age\":5,\"mystery\":1}", JsonSerializer.Serialize(user));
        }
    }
}
