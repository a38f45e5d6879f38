using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FieldGen.Runtime.Tests.Rich;
using FieldGen.Serialization;
using FieldGen.Tests.JavaScript;
using Xunit;

namespace FieldGen.Runtime.Tests.JavaScript
{
    /// <summary>
    /// The writer hands a value to Utf8JsonWriter itself when the writer's own text is JSON.stringify's
    /// (printable ASCII under a built-in encoder, integers, numbers with a plain shortest form). These
    /// tests hold those shortcuts to the slow path node agrees with: any encoder a caller's writer has
    /// gives the same bytes, and every shortcut number is the digit layout JavaScript uses.
    /// </summary>
    public sealed class WriterFastPathTests
    {
        public static IEnumerable<object[]> Encoders() => new[]
        {
            new object[] { "default (null)" },
            new object[] { "JavaScriptEncoder.Default" },
            new object[] { "UnsafeRelaxedJsonEscaping" },
            new object[] { "Create(UnicodeRanges.None)" },
            new object[] { "Create(UnicodeRanges.All)" },
        };

        [Theory]
        [MemberData(nameof(Encoders))]
        public void Any_writer_encoder_gives_the_bytes_node_agrees_with(string encoderName)
        {
            JavaScriptEncoder? encoder = EncoderNamed(encoderName);
            var mismatches = new List<string>();
            foreach (UserCustomData user in Corpus())
            {
                foreach (bool asStrings in new[] { false, true })
                {
                    var request = user.ToSetCustomDataRequest("u", "default", "tenant", valuesAsStrings: asStrings);
                    byte[] expected = request.ToUtf8Bytes(); // the default writer: what JavaScriptCanonicalTests checks against node
                    byte[] actual = Write(encoder, writer => request.WriteTo(writer));
                    if (!actual.AsSpan().SequenceEqual(expected))
                    {
                        mismatches.Add($"body: {Encoding.UTF8.GetString(actual)}\n  expected {Encoding.UTF8.GetString(expected)}");
                    }
                }

                byte[] json = Encoding.UTF8.GetBytes(user.ToJson());
                byte[] serialized = Write(encoder, writer => JsonSerializer.Serialize(writer, user));
                if (!serialized.AsSpan().SequenceEqual(json))
                {
                    mismatches.Add($"data object: {Encoding.UTF8.GetString(serialized)}\n  expected {Encoding.UTF8.GetString(json)}");
                }
            }

            Assert.True(mismatches.Count == 0, $"{mismatches.Count} texts differ with the {encoderName} encoder:\n" + string.Join("\n", mismatches.GetRange(0, Math.Min(10, mismatches.Count))));
        }

        [Fact]
        public void Every_number_written_by_a_shortcut_is_the_JavaScript_digit_layout()
        {
            var random = new Random(20261201);
            var values = new List<double>(JavaScriptCorpus.Numbers());
            for (int i = 0; i < 200_000; i++)
            {
                // Every magnitude from 1e-9 to 1e22, around each power of ten, and raw bit patterns.
                double power = Math.Pow(10, random.Next(-9, 23));
                values.Add(power * random.NextDouble() * (random.Next(2) == 0 ? -1 : 1));
                values.Add(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(power) + random.Next(-4, 5)));
                values.Add(Math.Round(random.NextDouble() * power, random.Next(0, 8)));
                values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
            }

            var mismatches = new List<string>();
            Span<byte> slow = stackalloc byte[32];
            Span<byte> fast = stackalloc byte[32];
            foreach (double value in values)
            {
                if (double.IsNaN(value) || double.IsInfinity(value) || value == Math.Floor(value))
                {
                    continue; // integers are written as their Int64 digits, nothing to lay out
                }

                string expected = Encoding.ASCII.GetString(slow.Slice(0, JavaScriptJson.FormatNumberFromDigits(value, slow)));
                string formatted = Encoding.ASCII.GetString(fast.Slice(0, JavaScriptJson.FormatNumber(value, fast)));
                string written = Encoding.UTF8.GetString(Write(null, writer => JavaScriptJson.WriteNumber(writer, value)));
                string item = Encoding.UTF8.GetString(Write(null, writer =>
                {
                    writer.WriteStartObject();
                    JavaScriptJson.WriteNumber(writer, JsonEncodedText.Encode("v"), value);
                    JavaScriptJson.WriteNumberAsString(writer, JsonEncodedText.Encode("s"), value);
                    writer.WriteEndObject();
                }));
                if (formatted != expected || written != expected || item != "{\"v\":" + expected + ",\"s\":\"" + expected + "\"}")
                {
                    mismatches.Add($"{value.ToString("R", CultureInfo.InvariantCulture)}: layout {expected}, FormatNumber {formatted}, WriteNumber {written}, members {item}");
                }
            }

            Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {values.Count} numbers differ:\n" + string.Join("\n", mismatches.GetRange(0, Math.Min(10, mismatches.Count))));
        }

        private static IEnumerable<UserCustomData> Corpus()
        {
            foreach (string value in JavaScriptCorpus.Strings())
            {
                var user = new UserCustomData { Class = value };
                user.UnknownFields.Set("k", value);
                yield return user;
            }

            foreach (double value in JavaScriptCorpus.Numbers())
            {
                yield return new UserCustomData { Age_2 = value };
            }
        }

        private static JavaScriptEncoder? EncoderNamed(string name) => name switch
        {
            "JavaScriptEncoder.Default" => JavaScriptEncoder.Default,
            "UnsafeRelaxedJsonEscaping" => JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            "Create(UnicodeRanges.None)" => JavaScriptEncoder.Create(UnicodeRanges.None),
            "Create(UnicodeRanges.All)" => JavaScriptEncoder.Create(UnicodeRanges.All),
            _ => null,
        };

        private static byte[] Write(JavaScriptEncoder? encoder, Action<Utf8JsonWriter> write)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
            {
                write(writer);
            }

            return buffer.ToArray();
        }
    }
}
