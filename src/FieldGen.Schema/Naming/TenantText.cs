using System.Globalization;
using System.Text;

namespace FieldGen.Naming
{
    /// <summary>
    /// Text a tenant typed (a key, a label, a file name), made safe for the places FieldGen prints it:
    /// one line of a <c>//</c> comment or a diagnostic message, and XML doc text. Characters that would end
    /// the line (<c>\n</c>, <c>\r</c>, U+0085, U+2028, U+2029), other controls, lone surrogates, the
    /// non-characters U+FFFE/U+FFFF and the bidirectional overrides (which can make code read differently
    /// from how it compiles) are spelled as <c>\uXXXX</c>, so nothing a schema holds can become code.
    /// </summary>
    internal static class TenantText
    {
        /// <summary>Longest excerpt of tenant text a message quotes inside its own words.</summary>
        public const int ExcerptLength = 120;

        /// <summary>Longest message argument: a safety net for any argument, tenant text or not.</summary>
        public const int MessageArgumentLength = 400;

        /// <summary>True when every surrogate is half of a pair, so the text can be encoded as UTF-8 and can exist on the wire.</summary>
        public static bool IsWellFormedUtf16(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><paramref name="text"/> with every character that is unsafe on one line of source or in XML spelled as <c>\uXXXX</c>.</summary>
        public static string OneLine(string text)
        {
            StringBuilder? builder = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (pair || !IsUnsafe(c))
                {
                    builder?.Append(c);
                    if (pair)
                    {
                        builder?.Append(text[i + 1]);
                        i++;
                    }

                    continue;
                }

                builder ??= new StringBuilder(text, 0, i, text.Length + 16);
                AppendEscaped(builder, c);
            }

            return builder?.ToString() ?? text;
        }

        /// <summary>Appends <paramref name="c"/> as <c>\uXXXX</c>.</summary>
        public static void AppendEscaped(StringBuilder builder, char c) =>
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

        /// <summary>
        /// <see cref="OneLine"/>, cut to <paramref name="maxLength"/> characters (never inside a
        /// surrogate pair) with "..." and the full length, so a 100 kB key gives a short message.
        /// </summary>
        public static string Excerpt(string text, int maxLength = ExcerptLength)
        {
            string line = OneLine(text);
            if (line.Length <= maxLength)
            {
                return line;
            }

            int cut = maxLength;
            if (char.IsHighSurrogate(line[cut - 1]))
            {
                cut--;
            }

            return line.Substring(0, cut) + "... (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)";
        }

        /// <summary>True for a character <see cref="OneLine"/> spells as <c>\uXXXX</c> (a surrogate only when it is not half of a pair).</summary>
        public static bool IsUnsafe(char c) =>
            c < 0x20
            || (c >= 0x7F && c <= 0x9F)
            || c == '\u2028' || c == '\u2029'
            || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069')
            || c == '\u200E' || c == '\u200F' || c == '\u061C'
            || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
            || char.IsSurrogate(c);
    }
}
