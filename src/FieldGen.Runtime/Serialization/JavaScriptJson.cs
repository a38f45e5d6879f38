using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FieldGen.Serialization
{
    /// <summary>
    /// JSON text exactly as JavaScript's <c>JSON.stringify</c> writes it, so every body FieldGen sends
    /// equals <c>JSON.stringify(JSON.parse(body))</c>: that is all a GenAuth server (JavaScript) can
    /// rebuild its signature from. Non-ASCII is written as is; only <c>\" \\ \b \f \n \r \t</c> and
    /// lowercase <c>\u00xx</c> (other control characters) or <c>\udxxx</c> (lone surrogates) are
    /// escaped; numbers take JavaScript's shortest round-trip form (<c>18.5</c>, <c>1e+21</c>).
    /// System.Text.Json's encoders cannot write this (they escape emoji, U+2028, lone surrogates as
    /// U+FFFD, hex in upper case), so values go through <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>.
    /// </summary>
    internal static class JavaScriptJson
    {
        private const int StackLimit = 256;
        private static readonly byte[] Hex = Encoding.ASCII.GetBytes("0123456789abcdef");

        /// <summary>The encoder that writes property names as <c>JSON.stringify</c> does (for pre-encoded keys).</summary>
        public static JavaScriptEncoder Encoder { get; } = new JavaScriptStringEncoder();

        /// <summary>A property name pre-encoded as <c>JSON.stringify</c> writes it; a writer copies it unchanged.</summary>
        public static JsonEncodedText EncodeKey(string key) => JsonEncodedText.Encode(key, Encoder);

        /// <summary>Writes a string value, lone surrogates included.</summary>
        public static void WriteString(Utf8JsonWriter writer, string value)
        {
            if (WritesVerbatim(writer, value))
            {
                writer.WriteStringValue(value);
                return;
            }

            WriteEncodedString(writer, value);
        }

        /// <summary>Writes a property with a string value: one writer call when the writer's own text is already JSON.stringify's.</summary>
        public static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string value)
        {
            if (WritesVerbatim(writer, value))
            {
                writer.WriteString(name, value);
                return;
            }

            writer.WritePropertyName(name);
            WriteEncodedString(writer, value);
        }

        /// <summary>Writes a finite number in JavaScript's form; the caller refuses NaN and infinities.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, double value)
        {
            if (IsSafeInteger(value))
            {
                writer.WriteNumberValue((long)value);
            }
            else if (HasPlainShortestForm(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                WriteFormattedNumber(writer, value);
            }
        }

        /// <summary>Writes a property with a finite number value in JavaScript's form; the caller refuses NaN and infinities.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, double value)
        {
            if (IsSafeInteger(value))
            {
                writer.WriteNumber(name, (long)value);
            }
            else if (HasPlainShortestForm(value))
            {
                writer.WriteNumber(name, value);
            }
            else
            {
                writer.WritePropertyName(name);
                WriteFormattedNumber(writer, value);
            }
        }

        /// <summary>Writes a finite number as a JSON string of its JavaScript text (<c>"18.5"</c>), without allocating.</summary>
#if NET8_0_OR_GREATER
        [SkipLocalsInit]
#endif
        public static void WriteNumberAsString(Utf8JsonWriter writer, double value)
        {
            Span<byte> buffer = stackalloc byte[34];
            buffer[0] = (byte)'"';
            int length = FormatNumber(value, buffer.Slice(1)) + 1;
            buffer[length++] = (byte)'"';
            writer.WriteRawValue(buffer.Slice(0, length), skipInputValidation: true);
        }

        /// <summary>Writes a property whose value is a finite number as a JSON string of its JavaScript text, without allocating.</summary>
#if NET8_0_OR_GREATER
        [SkipLocalsInit]
#endif
        public static void WriteNumberAsString(Utf8JsonWriter writer, JsonEncodedText name, double value)
        {
            Span<byte> text = stackalloc byte[32];
            int length = FormatNumber(value, text);
            if (HasBuiltInEncoder(writer) && (IsSafeInteger(value) || HasPlainShortestForm(value)))
            {
                // Digits, '-' and '.' are text every built-in encoder leaves as is.
                writer.WriteString(name, text.Slice(0, length));
                return;
            }

            writer.WritePropertyName(name);
            WriteNumberAsString(writer, value);
        }

        /// <summary>
        /// Writes a JSON value as <c>JSON.stringify(JSON.parse(raw))</c> would: strings and numbers
        /// re-encoded, in objects the last duplicate wins at its first position and array-index keys
        /// ("0", "1", ...) come first in ascending order, as in any JavaScript object.
        /// </summary>
        /// <exception cref="CustomDataFormatException">A number is beyond a double's range (JavaScript would send null).</exception>
        public static void WriteElement(Utf8JsonWriter writer, JsonElement value)
        {
            // Scalars, most unknown values, are written straight: no raw text to copy and re-parse.
            switch (value.ValueKind)
            {
                case JsonValueKind.True:
                case JsonValueKind.False:
                    writer.WriteBooleanValue(value.ValueKind == JsonValueKind.True);
                    return;
                case JsonValueKind.Null:
                    writer.WriteNullValue();
                    return;
                case JsonValueKind.Number when value.TryGetDouble(out double number) && !double.IsInfinity(number):
                    WriteNumber(writer, number);
                    return;
                case JsonValueKind.String when TryGetWellFormedString(value, out string? text):
                    WriteString(writer, text!);
                    return;
            }

            writer.WriteRawValue(Restringify(value), skipInputValidation: true);
        }

        // False for text System.Text.Json will not decode (an escaped lone surrogate, "\ud800"): the
        // rewriter keeps it as JSON.stringify does.
        private static bool TryGetWellFormedString(JsonElement value, out string? text)
        {
            try
            {
                text = value.GetString();
                return text is not null;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                text = null;
                return false;
            }
        }

        /// <summary>The canonical UTF-8 text of <paramref name="value"/> (see <see cref="WriteElement"/>).</summary>
        public static byte[] Restringify(JsonElement value) => JavaScriptValueRewriter.Rewrite(Encoding.UTF8.GetBytes(value.GetRawText()));

        /// <summary>The JavaScript text of a number (<c>String(value)</c>), for values sent as strings.</summary>
        public static string FormatNumber(double value)
        {
            Span<byte> buffer = stackalloc byte[32];
            int length = FormatNumber(value, buffer);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)buffer[i];
            }

            return new string(chars);
        }

        /// <summary>
        /// The top-level members of a JSON object written by FieldGen, rendered as JavaScript renders a
        /// value in a string (a string bare, anything else as <c>JSON.stringify</c> writes it): the
        /// values a GenAuth request signature covers for a POST body.
        /// </summary>
        public static List<KeyValuePair<string, string>> TopLevelValues(ReadOnlySpan<byte> canonicalObject)
        {
            var values = new List<KeyValuePair<string, string>>();
            var reader = new Utf8JsonReader(canonicalObject);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = DecodeString(reader.ValueSpan);
                reader.Read();
                int start = (int)reader.TokenStartIndex;
                string value;
                if (reader.TokenType == JsonTokenType.String)
                {
                    value = DecodeString(reader.ValueSpan);
                }
                else
                {
                    reader.Skip();
                    value = Encoding.UTF8.GetString(canonicalObject.Slice(start, (int)reader.BytesConsumed - start).ToArray());
                }

                values.Add(new KeyValuePair<string, string>(name, value));
            }

            return values;
        }

        /// <summary>Writes <paramref name="value"/> quoted and escaped into <paramref name="destination"/> (at least 6 bytes per char + 2).</summary>
        internal static int EncodeString(ReadOnlySpan<char> value, Span<byte> destination)
        {
            int at = 0;
            destination[at++] = (byte)'"';
            int i = 0;
            while (i < value.Length)
            {
                // Each run with nothing to escape and no surrogate goes through the vectorized UTF-8
                // transcoder in one piece; only the character that ends it is handled here.
                int plain = PlainPrefixLength(value.Slice(i));
                if (plain > 0)
                {
                    at += TranscodePlain(value.Slice(i, plain), destination.Slice(at));
                    i += plain;
                    if (i == value.Length)
                    {
                        break;
                    }
                }

                char c = value[i];
                if (c < 0x80)
                {
                    at += EscapeAscii(c, destination.Slice(at)); // a control character, " or \
                }
                else if (c <= 0xDBFF && i + 1 < value.Length && value[i + 1] >= 0xDC00 && value[i + 1] <= 0xDFFF)
                {
                    int scalar = 0x10000 + ((c - 0xD800) << 10) + (value[++i] - 0xDC00);
                    destination[at++] = (byte)(0xF0 | (scalar >> 18));
                    destination[at++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                    destination[at++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                    destination[at++] = (byte)(0x80 | (scalar & 0x3F));
                }
                else
                {
                    at += EscapeUnicode(c, destination.Slice(at)); // a lone surrogate, as JSON.stringify writes it since ES2019
                }

                i++;
            }

            destination[at++] = (byte)'"';
            return at;
        }

        // How many leading chars need no escape and hold no surrogate (so plain UTF-8 transcoding is
        // exact). Each scan stops where the run does, so a string with many escapes stays linear.
        private static int PlainPrefixLength(ReadOnlySpan<char> value)
        {
#if NET8_0_OR_GREATER
            int end = value.IndexOfAny(EscapedAscii);
            ReadOnlySpan<char> head = end < 0 ? value : value.Slice(0, end);
            int surrogate = head.IndexOfAnyInRange('\ud800', '\udfff');
            return surrogate < 0 ? head.Length : surrogate;
#else
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < 0x20 || c == '"' || c == '\\' || (c >= 0xD800 && c <= 0xDFFF))
                {
                    return i;
                }
            }

            return value.Length;
#endif
        }

#if NET8_0_OR_GREATER
        // What JSON.stringify escapes in ASCII: the control characters, " and \.
        private static readonly SearchValues<char> EscapedAscii = SearchValues.Create("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\");
#endif

        private static int TranscodePlain(ReadOnlySpan<char> plain, Span<byte> destination)
        {
#if NET8_0_OR_GREATER
            return Encoding.UTF8.GetBytes(plain, destination);
#else
            unsafe
            {
                fixed (char* source = plain)
                fixed (byte* target = destination)
                {
                    return Encoding.UTF8.GetBytes(source, plain.Length, target, destination.Length);
                }
            }
#endif
        }

        /// <summary>
        /// Decodes the text between a JSON string's quotes (escapes included) into UTF-16, keeping lone
        /// surrogates (<c>\ud800</c>) that <see cref="Utf8JsonReader.GetString"/> refuses.
        /// </summary>
        internal static string DecodeString(ReadOnlySpan<byte> escaped)
        {
            if (escaped.IndexOf((byte)'\\') < 0)
            {
                return Encoding.UTF8.GetString(escaped.ToArray());
            }

            var text = new StringBuilder(escaped.Length);
            int runStart = 0;
            int i = 0;
            while (i < escaped.Length)
            {
                if (escaped[i] != '\\')
                {
                    i++;
                    continue;
                }

                text.Append(Encoding.UTF8.GetString(escaped.Slice(runStart, i - runStart).ToArray()));
                byte kind = escaped[i + 1];
                i += 2;
                switch (kind)
                {
                    case (byte)'b': text.Append('\b'); break;
                    case (byte)'f': text.Append('\f'); break;
                    case (byte)'n': text.Append('\n'); break;
                    case (byte)'r': text.Append('\r'); break;
                    case (byte)'t': text.Append('\t'); break;
                    case (byte)'u':
                        text.Append((char)((HexValue(escaped[i]) << 12) | (HexValue(escaped[i + 1]) << 8) | (HexValue(escaped[i + 2]) << 4) | HexValue(escaped[i + 3])));
                        i += 4;
                        break;
                    default: text.Append((char)kind); break; // \" \\ \/
                }

                runStart = i;
            }

            text.Append(Encoding.UTF8.GetString(escaped.Slice(runStart).ToArray()));
            return text.ToString();
        }

        // Every integer below 2^53 is exact: its own digits are the shortest that round-trip, as
        // JavaScript writes them (-0 included, as 0).
        private static bool IsSafeInteger(double value) => value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d;

        // .NET Core's shortest round-trip text ("R", what Utf8JsonWriter writes) is plain notation for
        // 1e-4 <= |value| < 1e15, a range inside JavaScript's plain range (1e-6 <= |value| < 1e21), with
        // the same shortest digits: there the writer's own number text is JavaScript's.
        private static bool HasPlainShortestForm(double value)
        {
#if NET8_0_OR_GREATER
            double magnitude = Math.Abs(value);
            return magnitude >= 1e-4 && magnitude < 1e15;
#else
            return false; // .NET Framework's "R" is not always the shortest form
#endif
        }

        // The encoders known to leave printable ASCII other than " & ' + < > \ ` as is: the writer's
        // default (null), Default and UnsafeRelaxedJsonEscaping. Any other encoder may escape more.
        private static bool HasBuiltInEncoder(Utf8JsonWriter writer)
        {
            JavaScriptEncoder? encoder = writer.Options.Encoder;
            return encoder is null || encoder == JavaScriptEncoder.Default || encoder == JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        }

        // True when the writer writes value as JSON.stringify does: a built-in encoder and only
        // printable ASCII that no built-in encoder escapes.
        private static bool WritesVerbatim(Utf8JsonWriter writer, string value)
        {
            if (!HasBuiltInEncoder(writer))
            {
                return false;
            }

#if NET8_0_OR_GREATER
            return !value.AsSpan().ContainsAnyExcept(VerbatimAscii);
#else
            foreach (char c in value)
            {
                if (c < 0x20 || c > 0x7e || c == '"' || c == '&' || c == '\'' || c == '+' || c == '<' || c == '>' || c == '\\' || c == '`')
                {
                    return false;
                }
            }

            return true;
#endif
        }

#if NET8_0_OR_GREATER
        private static readonly SearchValues<char> VerbatimAscii = SearchValues.Create(" !#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~");

        [SkipLocalsInit]
#endif
        private static void WriteEncodedString(Utf8JsonWriter writer, string value)
        {
            int maxLength = (value.Length * 6) + 2;
            byte[]? rented = null;
            Span<byte> buffer = maxLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxLength));
            int written = EncodeString(value.AsSpan(), buffer);
            writer.WriteRawValue(buffer.Slice(0, written), skipInputValidation: true);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

#if NET8_0_OR_GREATER
        [SkipLocalsInit]
#endif
        private static void WriteFormattedNumber(Utf8JsonWriter writer, double value)
        {
            Span<byte> buffer = stackalloc byte[32];
            writer.WriteRawValue(buffer.Slice(0, FormatNumber(value, buffer)), skipInputValidation: true);
        }

        /// <summary>
        /// Writes <paramref name="value"/> as JavaScript's Number::toString does (ECMA-262 6.1.6.1.20):
        /// the shortest digits that round-trip, plain notation for exponents -7 &lt; n &lt;= 21, else
        /// <c>1e+21</c> / <c>1.5e-7</c>; -0 is <c>0</c>. Returns the number of ASCII bytes written.
        /// </summary>
#if NET8_0_OR_GREATER
        [SkipLocalsInit]
#endif
        internal static int FormatNumber(double value, Span<byte> destination)
        {
            if (IsSafeInteger(value))
            {
                return System.Buffers.Text.Utf8Formatter.TryFormat((long)value, destination, out int integerLength) ? integerLength : 0;
            }

#if NET8_0_OR_GREATER
            if (HasPlainShortestForm(value) && value.TryFormat(destination, out int plainLength, "R", System.Globalization.CultureInfo.InvariantCulture))
            {
                return plainLength;
            }
#endif

            return FormatNumberFromDigits(value, destination);
        }

        /// <summary>
        /// <see cref="FormatNumber(double, Span{byte})"/> by JavaScript's layout rule applied to the shortest
        /// digits, for any finite value (the fast paths above must agree with it; a test checks).
        /// </summary>
#if NET8_0_OR_GREATER
        [SkipLocalsInit]
#endif
        internal static int FormatNumberFromDigits(double value, Span<byte> destination)
        {
            Span<byte> digits = stackalloc byte[32];
            int digitCount = ShortestDigits(value, digits, out int pointPosition, out bool negative);
            int at = 0;
            if (negative)
            {
                destination[at++] = (byte)'-';
            }

            int n = pointPosition;
            if (digitCount <= n && n <= 21)
            {
                digits.Slice(0, digitCount).CopyTo(destination.Slice(at));
                at += digitCount;
                for (int i = digitCount; i < n; i++)
                {
                    destination[at++] = (byte)'0';
                }
            }
            else if (0 < n && n <= 21)
            {
                digits.Slice(0, n).CopyTo(destination.Slice(at));
                at += n;
                destination[at++] = (byte)'.';
                digits.Slice(n, digitCount - n).CopyTo(destination.Slice(at));
                at += digitCount - n;
            }
            else if (-6 < n && n <= 0)
            {
                destination[at++] = (byte)'0';
                destination[at++] = (byte)'.';
                for (int i = 0; i < -n; i++)
                {
                    destination[at++] = (byte)'0';
                }

                digits.Slice(0, digitCount).CopyTo(destination.Slice(at));
                at += digitCount;
            }
            else
            {
                destination[at++] = digits[0];
                if (digitCount > 1)
                {
                    destination[at++] = (byte)'.';
                    digits.Slice(1, digitCount - 1).CopyTo(destination.Slice(at));
                    at += digitCount - 1;
                }

                int exponent = n - 1;
                destination[at++] = (byte)'e';
                destination[at++] = exponent < 0 ? (byte)'-' : (byte)'+';
                System.Buffers.Text.Utf8Formatter.TryFormat(Math.Abs(exponent), destination.Slice(at), out int exponentLength);
                at += exponentLength;
            }

            return at;
        }

        // The shortest round-trip digits of value (no leading or trailing zeros) and where the decimal
        // point goes: value = 0.d1d2...dk * 10^pointPosition. .NET Core 3.0+ formats "R" as shortest.
        private static int ShortestDigits(double value, Span<byte> digits, out int pointPosition, out bool negative)
        {
#if NET8_0_OR_GREATER
            Span<char> text = stackalloc char[32];
            value.TryFormat(text, out int textLength, "R", System.Globalization.CultureInfo.InvariantCulture);
            text = text.Slice(0, textLength);
#else
            string text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
#endif
            negative = text[0] == '-';
            int i = negative ? 1 : 0;
            int count = 0;
            int integerDigits = -1;
            int leadingZeros = 0;
            for (; i < text.Length && text[i] != 'E'; i++)
            {
                char c = text[i];
                if (c == '.')
                {
                    integerDigits = count + leadingZeros;
                    continue;
                }

                if (c == '0' && count == 0)
                {
                    leadingZeros++;
                    continue;
                }

                digits[count++] = (byte)c;
            }

            if (integerDigits < 0)
            {
                integerDigits = count + leadingZeros;
            }

            int exponent = 0;
            if (i < text.Length)
            {
                bool negativeExponent = text[i + 1] == '-';
                for (int e = i + 1; e < text.Length; e++)
                {
                    if (text[e] >= '0' && text[e] <= '9')
                    {
                        exponent = (exponent * 10) + (text[e] - '0');
                    }
                }

                exponent = negativeExponent ? -exponent : exponent;
            }

            while (count > 1 && digits[count - 1] == '0')
            {
                count--;
            }

            pointPosition = integerDigits - leadingZeros + exponent;
            return count;
        }

        private static int EscapeAscii(char c, Span<byte> destination)
        {
            byte shortForm = c switch
            {
                '"' => (byte)'"',
                '\\' => (byte)'\\',
                '\b' => (byte)'b',
                '\f' => (byte)'f',
                '\n' => (byte)'n',
                '\r' => (byte)'r',
                '\t' => (byte)'t',
                _ => 0,
            };
            if (shortForm == 0)
            {
                return EscapeUnicode(c, destination);
            }

            destination[0] = (byte)'\\';
            destination[1] = shortForm;
            return 2;
        }

        private static int EscapeUnicode(char c, Span<byte> destination)
        {
            destination[0] = (byte)'\\';
            destination[1] = (byte)'u';
            destination[2] = Hex[(c >> 12) & 0xF];
            destination[3] = Hex[(c >> 8) & 0xF];
            destination[4] = Hex[(c >> 4) & 0xF];
            destination[5] = Hex[c & 0xF];
            return 6;
        }

        private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
    }
}
