using System.Globalization;
using System.Text;

namespace FieldGen.Emit
{
    /// <summary>C# literals for text a tenant typed: every character that needs it escaped, so any key compiles.</summary>
    internal static class Literals
    {
        public static string String(string value) => "\"" + Escape(value) + "\"";

        public static string Escape(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        // Controls, surrogates and separators are escaped so the source stays one readable line.
                        if (c < 0x20 || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF' || c == 0x7F)
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        public static string Hex(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture) + "u";
    }
}
