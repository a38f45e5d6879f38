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
                        // Controls, surrogates, separators, bidi overrides and non-characters are escaped so the
                        // source stays one readable line that reads as it compiles.
                        if (char.IsSurrogate(c) || Naming.TenantText.IsUnsafe(c))
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
