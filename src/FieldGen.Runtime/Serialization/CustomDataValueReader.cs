using System;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Reads one custom-field value at the reader's current token, leniently: the API may send a value
    /// as native JSON or as a string (<c>"18"</c>, <c>"true"</c>), and DATETIME as ISO 8601 or epoch
    /// milliseconds. A value that cannot be the field's type throws <see cref="CustomDataFormatException"/>;
    /// the caller adds the JSON path.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CustomDataValueReader
    {
        /// <summary>A STRING value; numbers and booleans are kept as their JSON text.</summary>
        public static string? ReadString(ref Utf8JsonReader reader) => ReadText(ref reader, "STRING");

        /// <summary>
        /// A NUMBER value as <see cref="decimal"/>: exact for every decimal literal of up to 28
        /// significant digits. A number it cannot hold exactly is an error, never silently rounded.
        /// </summary>
        public static decimal? ReadNumber(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (DecimalText.IsExact(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan) && reader.TryGetDecimal(out decimal number))
                    {
                        return number;
                    }

                    throw Imprecise(RawText(ref reader));
                case JsonTokenType.String:
                    string? text = reader.GetString();
                    if (text is null || !DecimalText.TryParse(text.Trim(), out decimal parsed, out bool exact))
                    {
                        throw new CustomDataFormatException($"The string \"{text}\" is not a NUMBER.");
                    }

                    return exact ? parsed : throw Imprecise(text);
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
                    if (reader.TryGetInt32(out int bit) && (bit == 0 || bit == 1))
                    {
                        return bit == 1;
                    }

                    break;
                case JsonTokenType.String:
                    string? text = reader.GetString()?.Trim();
                    if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1")
                    {
                        return true;
                    }

                    if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) || text == "0")
                    {
                        return false;
                    }

                    throw new CustomDataFormatException($"The string \"{text}\" is not a BOOLEAN; expected true or false.");
            }

            throw Mismatch(ref reader, "BOOLEAN");
        }

        /// <summary>A DATETIME value: an ISO 8601 string, or epoch milliseconds as a number or a numeric string.</summary>
        public static DateTimeOffset? ReadDateTime(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    if (reader.TryGetDateTimeOffset(out DateTimeOffset iso))
                    {
                        return iso;
                    }

                    string text = (reader.GetString() ?? string.Empty).Trim();
                    if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal epochText))
                    {
                        return FromEpochMilliseconds(epochText);
                    }

                    if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset loose))
                    {
                        return loose;
                    }

                    throw new CustomDataFormatException($"The string \"{text}\" is not a DATETIME; expected ISO 8601 or epoch milliseconds.");
                case JsonTokenType.Number:
                    if (reader.TryGetDecimal(out decimal epoch))
                    {
                        return FromEpochMilliseconds(epoch);
                    }

                    throw new CustomDataFormatException($"The number {RawText(ref reader)} is not a DATETIME in epoch milliseconds.");
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

        // The Read(ref reader, ref field) overloads let a generated ReadField assign straight into its
        // fields: a switch over many fields then holds no struct temporaries for the JIT to zero.

        /// <summary>Reads a STRING value into <paramref name="field"/>.</summary>
        public static void Read(ref Utf8JsonReader reader, ref string? field) => field = ReadString(ref reader);

        /// <summary>Reads a NUMBER value into <paramref name="field"/>.</summary>
        public static void Read(ref Utf8JsonReader reader, ref decimal? field) => field = ReadNumber(ref reader);

        /// <summary>Reads a BOOLEAN value into <paramref name="field"/>.</summary>
        public static void Read(ref Utf8JsonReader reader, ref bool? field) => field = ReadBoolean(ref reader);

        /// <summary>Reads a DATETIME value into <paramref name="field"/>.</summary>
        public static void Read(ref Utf8JsonReader reader, ref DateTimeOffset? field) => field = ReadDateTime(ref reader);

        /// <summary>Reads a raw JSON value into <paramref name="field"/>.</summary>
        public static void Read(ref Utf8JsonReader reader, ref JsonElement? field) => field = ReadJson(ref reader);

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

        private static DateTimeOffset FromEpochMilliseconds(decimal milliseconds)
        {
            // DateTimeOffset spans years 1 to 9999; outside that the number is not a date.
            const decimal Min = -62135596800000m;
            const decimal Max = 253402300799999m;
            if (milliseconds < Min || milliseconds > Max)
            {
                throw new CustomDataFormatException($"{milliseconds.ToString(CultureInfo.InvariantCulture)} is outside the range of a DATETIME in epoch milliseconds.");
            }

            long whole = (long)decimal.Truncate(milliseconds);
            long ticks = (long)((milliseconds - whole) * TimeSpan.TicksPerMillisecond);
            return DateTimeOffset.FromUnixTimeMilliseconds(whole).AddTicks(ticks);
        }

        private static string RawText(ref Utf8JsonReader reader)
        {
            byte[] bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            return Encoding.UTF8.GetString(bytes);
        }

        private static CustomDataFormatException Imprecise(string? text) =>
            new CustomDataFormatException($"The number {text} cannot be held exactly by a decimal (at most 28 significant digits and 28 decimal places, magnitude below 7.9e28); FieldGen refuses to round it silently.");

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
