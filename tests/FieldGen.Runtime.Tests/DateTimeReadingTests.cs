using System;
using System.Text;
using System.Text.Json;
using FieldGen.Runtime.Tests.Rich;
using FieldGen.Serialization;
using FieldGen.Wire;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    [CollectionDefinition(nameof(LocalTimeZoneCollection), DisableParallelization = true)]
    public sealed class LocalTimeZoneCollection
    {
    }

    /// <summary>DATETIME as the server holds it: no offset means UTC, whatever this machine's zone is.</summary>
    [Collection(nameof(LocalTimeZoneCollection))]
    public sealed class DateTimeReadingTests
    {
        [Theory]
        [InlineData("\"2022-07-01T00:00:00\"")]
        [InlineData("\"2022-07-01T00:00\"")]
        [InlineData("\"2022-07-01\"")]
        [InlineData("\"2022-07-01T00:00:00.0000000\"")]
        public void A_value_without_an_offset_is_UTC_even_on_a_machine_in_Shanghai(string json)
        {
            DateTimeOffset? read = InTimeZone("Asia/Shanghai", () => UserCustomData.FromJson("{\"hired-at\":" + json + "}").HiredAt);

            Assert.Equal(TimeSpan.Zero, read!.Value.Offset);
            Assert.Equal(new DateTime(2022, 7, 1, 0, 0, 0, DateTimeKind.Utc), read.Value.UtcDateTime);
        }

        [Fact]
        public void An_explicit_offset_is_kept()
        {
            DateTimeOffset? read = InTimeZone("America/New_York", () => UserCustomData.FromJson("{\"hired-at\":\"2022-07-01T08:00:00+08:00\"}").HiredAt);

            Assert.Equal(TimeSpan.FromHours(8), read!.Value.Offset);
            Assert.Equal(new DateTime(2022, 7, 1, 0, 0, 0, DateTimeKind.Utc), read.Value.UtcDateTime);
        }

        [Theory]
        [InlineData("\"July 1, 2022\"")]
        [InlineData("\"07/01/2022\"")]
        [InlineData("\"1 Jul 2022 00:00:00 GMT\"")]
        [InlineData("\"2022-07-01 00:00:00\"")]
        [InlineData("\"tomorrow\"")]
        public void Loose_text_is_refused_with_its_path(string json)
        {
            var error = Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson("{\"statusCode\":200,\"data\":{\"hired-at\":" + json + "}}"));

            Assert.Equal("$.data['hired-at']", error.Path);
            Assert.Contains("DATETIME", error.Message);
        }

        [Theory]
        [InlineData("253402300799999", 3155378975999990000L)]
        [InlineData("253402300799999.5", 3155378975999995000L)]
        [InlineData("-62135596800000", 0L)]
        [InlineData("\"1.6566336e12\"", 637922304000000000L)]
        [InlineData("1.6566336e12", 637922304000000000L)]
        [InlineData("\"1656633600000\"", 637922304000000000L)]
        public void Epoch_milliseconds_inside_the_DateTimeOffset_range_are_read(string json, long utcTicks)
        {
            DateTimeOffset? read = UserCustomData.FromJson("{\"hired-at\":" + json + "}").HiredAt;

            Assert.Equal(utcTicks, read!.Value.UtcTicks);
            Assert.Equal(TimeSpan.Zero, read.Value.Offset);
        }

        [Theory]
        [InlineData("253402300800000")]
        [InlineData("-62135596800001")]
        [InlineData("1e300")]
        public void Epoch_milliseconds_outside_the_range_are_refused_with_its_path(string json)
        {
            var error = Assert.Throws<CustomDataFormatException>(() => UserCustomData.FromJson("{\"hired-at\":" + json + "}"));

            Assert.Equal("$['hired-at']", error.Path);
        }

        // The runtime reads through System.Text.Json's ISO parser first; DateTimeText (which the
        // analyzers compile) must agree with it on every form, or the analyzers would judge differently.
        [Theory]
        [InlineData("2022-07-01")]
        [InlineData("2022-07-01T08:00")]
        [InlineData("2022-07-01T08:00:00")]
        [InlineData("2022-07-01T08:00:00Z")]
        [InlineData("2022-07-01T08:00:00.1Z")]
        [InlineData("2022-07-01T08:00:00.1234567Z")]
        [InlineData("2022-07-01T08:00:00.123+08:00")]
        [InlineData("2022-07-01T08:00:00-05:30")]
        [InlineData("2022-07-01T08:00:00+0800")]
        [InlineData("2022-07-01T08:00:00+08")]
        [InlineData("2022-07-01T08:00:00.123456789Z")]
        [InlineData("2022-07-01t08:00:00z")]
        [InlineData("2022-07-01 08:00:00")]
        [InlineData("2022-7-1")]
        [InlineData("20220701")]
        [InlineData("2022-07-01T24:00:00")]
        [InlineData("2022-02-30")]
        [InlineData("July 1, 2022")]
        [InlineData("1656633600000")]
        [InlineData(" 1656633600000 ")]
        [InlineData("1.5e12")]
        public void The_runtime_and_the_shared_text_rule_agree(string text)
        {
            bool shared = DateTimeText.TryParse(text, out DateTimeOffset sharedValue);
            DateTimeOffset? runtimeValue = null;
            bool runtime;
            try
            {
                byte[] json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(text));
                var reader = new Utf8JsonReader(json);
                reader.Read();
                runtimeValue = CustomDataValueReader.ReadDateTime(ref reader);
                runtime = true;
            }
            catch (CustomDataFormatException)
            {
                runtime = false;
            }

            Assert.Equal(runtime, shared);
            if (runtime)
            {
                Assert.Equal(runtimeValue!.Value.UtcTicks, sharedValue.UtcTicks);
                Assert.Equal(runtimeValue.Value.Offset, sharedValue.Offset);
            }
        }

        private static T InTimeZone<T>(string zone, Func<T> read)
        {
            string? previous = Environment.GetEnvironmentVariable("TZ");
            try
            {
                Environment.SetEnvironmentVariable("TZ", zone);
                TimeZoneInfo.ClearCachedData();
                Assert.NotEqual(TimeSpan.Zero, TimeZoneInfo.Local.GetUtcOffset(new DateTime(2022, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
                return read();
            }
            finally
            {
                Environment.SetEnvironmentVariable("TZ", previous);
                TimeZoneInfo.ClearCachedData();
            }
        }
    }
}
