using System.Globalization;
using System.Text;

namespace FieldGen.Diagnostics
{
    /// <summary>
    /// Keeps every diagnostic message on one line: a key, option or data type written with a line break
    /// or another control character (valid in JSON and in a C# literal) is shown escaped, <c>\n</c>, so
    /// the build log's "file(line,col): warning FGxxxx: message" line stays whole.
    /// </summary>
    internal static class MessageArguments
    {
        public static string OneLine(string text)
        {
            if (!HasControlCharacter(text))
            {
                return text;
            }

            var escaped = new StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\n': escaped.Append("\\n"); break;
                    case '\r': escaped.Append("\\r"); break;
                    case '\t': escaped.Append("\\t"); break;
                    default:
                        if (IsControl(c))
                        {
                            escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            escaped.Append(c);
                        }

                        break;
                }
            }

            return escaped.ToString();
        }

        /// <summary>Message arguments with every string one line; other values as they are.</summary>
        public static object?[] OneLine(object?[] arguments)
        {
            var result = new object?[arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                result[i] = arguments[i] is string text ? OneLine(text) : arguments[i];
            }

            return result;
        }

        private static bool HasControlCharacter(string text)
        {
            foreach (char c in text)
            {
                if (IsControl(c))
                {
                    return true;
                }
            }

            return false;
        }

        // C0, DEL, C1, and the Unicode line and paragraph separators, which editors and logs also break on.
        private static bool IsControl(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';
    }
}
