using System;
using System.Text;
using System.Text.Json;
using FieldGen.Wire;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Reads one custom-field value at the reader's current token, leniently: the API may send a value
    /// as native JSON or as a string (<c>"18"</c>, <c>"true"</c>), and DATETIME as ISO 8601 or epoch
    /// milliseconds. A value that cannot be the field's type throws <see cref="CustomDataFormatException"/>;
    /// the caller adds the JSON path.
    /// </summary>
    internal static class CustomDataValueReader
    {
        /// <summary>A STRING value; numbers and booleans are kept as their JSON text.</summary>
        public static string? ReadString(ref Utf8JsonReader reader) => ReadText(ref reader, "STRING");

        /// <summary>
        /// A NUMBER value as the server holds it, an IEEE <see cref="double"/> (GenAuth is JavaScript):
        /// every finite double reads, a longer literal such as 12345678901234567890 reads as its nearest
        /// double exactly as JavaScript's JSON.parse does, and a number beyond the double range is an error.
        /// </summary>
        public static double? ReadNumber(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    // Newer System.Text.Json versions give Infinity for 1e400 where older ones return false.
                    if (reader.TryGetDouble(out double number) && !double.IsInfinity(number))
                    {
                        return number;
                    }

                    throw new CustomDataFormatException($"The number {Excerpt(RawText(ref reader))} is beyond the range of a NUMBER (an IEEE double, as the server holds it).");
                case JsonTokenType.String:
                    string? text = reader.GetString();
                    if (text is null || !NumberText.TryParse(text, out double parsed))
                    {
                        throw new CustomDataFormatException($"The string \"{Excerpt(text)}\" is not a NUMBER (a finite double).");
                    }

                    return parsed;
                case JsonTokenType.Null:
                    return null;
                default:
                    throw Mismatch(ref reader, "NUMBER");
            }
        }

        /// <summary>A BOOLEAN value: <c>true</c>/<c>false</c>, as JSON or as a string (any case), or 1/0.</summary>
        public static bool? ReadBoolean(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                    if (reader.TryGetDouble(out double bit) && BooleanText.TryFromNumber(bit, out bool fromNumber))
                    {
                        return fromNumber;
                    }

                    break;
                case JsonTokenType.String:
                    string? text = reader.GetString();
                    if (text is not null && BooleanText.TryParse(text, out bool fromText))
                    {
                        return fromText;
                    }

                    throw new CustomDataFormatException($"The string \"{text?.Trim()}\" is not a BOOLEAN; expected true or false.");
            }

            throw Mismatch(ref reader, "BOOLEAN");
        }

        /// <summary>
        /// A DATETIME value: an ISO 8601 string (without an offset it is UTC, the server's clock, never
        /// this machine's zone), or epoch milliseconds as a number or a numeric string. Loose text such
        /// as "July 1, 2022" is refused.
        /// </summary>
        public static DateTimeOffset? ReadDateTime(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    // Fast path for text that ends in an offset (+08:00, -05:00): one parse, kept as written.
                    if (EndsWithOffset(ref reader) && reader.TryGetDateTimeOffset(out DateTimeOffset written))
                    {
                        return written;
                    }

                    // System.Text.Json's ISO 8601 reader, whose Unspecified kind means "no offset".
                    if (reader.TryGetDateTime(out DateTime iso))
                    {
                        switch (iso.Kind)
                        {
                            case DateTimeKind.Unspecified:
                                return new DateTimeOffset(iso, TimeSpan.Zero);
                            case DateTimeKind.Utc:
                                return new DateTimeOffset(iso);
                            default:
                                if (reader.TryGetDateTimeOffset(out DateTimeOffset withOffset))
                                {
                                    return withOffset;
                                }

                                break;
                        }
                    }

                    string text = reader.GetString() ?? string.Empty;
                    if (DateTimeText.TryParse(text, out DateTimeOffset parsed))
                    {
                        return parsed;
                    }

                    throw new CustomDataFormatException($"The string \"{Excerpt(text)}\" is not a DATETIME; expected ISO 8601 (e.g. 2022-07-01T08:00:00Z; without an offset it is UTC) or epoch milliseconds.");
                case JsonTokenType.Number:
                    if (reader.TryGetDouble(out double epoch) && DateTimeText.TryFromEpochMilliseconds(epoch, out DateTimeOffset fromEpoch))
                    {
                        return fromEpoch;
                    }

                    throw new CustomDataFormatException($"The number {Excerpt(RawText(ref reader))} is not a DATETIME in epoch milliseconds (years 1 to 9999).");
                case JsonTokenType.Null:
                    return null;
                default:
                    throw Mismatch(ref reader, "DATETIME");
            }
        }

        /// <summary>
        /// The wire string of an ENUM value (numbers and booleans as their JSON text), for the generated
        /// code to match against the schema's options.
        /// </summary>
        public static string? ReadOptionText(ref Utf8JsonReader reader) => ReadText(ref reader, "ENUM");

        /// <summary>Any JSON value, kept as it came (OBJECT fields and data types FieldGen does not know).</summary>
        public static JsonElement? ReadJson(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            JsonElement value = JsonElement.ParseValue(ref reader);
            CustomDataReader.ValidateValue(value);
            return value;
        }

        // "...T08:00:00+08:00": an explicit numeric offset, which TryGetDateTimeOffset keeps. Without one it
        // would apply this machine's zone, so text without an offset never takes this path.
        private static bool EndsWithOffset(ref Utf8JsonReader reader)
        {
            if (reader.HasValueSequence || reader.ValueIsEscaped)
            {
                return false;
            }

            ReadOnlySpan<byte> text = reader.ValueSpan;
            return text.Length > 16 && (text[text.Length - 6] == (byte)'+' || text[text.Length - 6] == (byte)'-') && text[text.Length - 3] == (byte)':';
        }

        private static string? ReadText(ref Utf8JsonReader reader, string dataType)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    return RawText(ref reader);
                case JsonTokenType.True:
                    return "true";
                case JsonTokenType.False:
                    return "false";
                case JsonTokenType.Null:
                    return null;
                default:
                    throw Mismatch(ref reader, dataType);
            }
        }

        private static string RawText(ref Utf8JsonReader reader)
        {
            byte[] bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            return Encoding.UTF8.GetString(bytes);
        }

        // A 100 kB number must not make a 100 kB message.
        private static string? Excerpt(string? text) => text is null || text.Length <= 40 ? text : text.Substring(0, 40) + "...";

        private static CustomDataFormatException Mismatch(ref Utf8JsonReader reader, string dataType) =>
            new CustomDataFormatException($"A JSON {Describe(reader.TokenType)} is not a valid {dataType} value.");

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => "object",
            JsonTokenType.StartArray => "array",
            JsonTokenType.String => "string",
            JsonTokenType.Number => "number",
            JsonTokenType.True or JsonTokenType.False => "boolean",
            _ => token.ToString(),
        };
    }
}
