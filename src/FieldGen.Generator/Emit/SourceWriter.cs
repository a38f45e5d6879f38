using System;
using System.Text;

namespace FieldGen.Emit
{
    /// <summary>
    /// An indenting text writer, so the emitter reads like the code it writes. Always "\n" line ends,
    /// so output is byte-for-byte the same on every machine.
    /// </summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
            }

            _builder.Append(text).Append('\n');
        }

        public void OpenBlock(string header)
        {
            Line(header);
            Line("{");
            _indent++;
        }

        public void CloseBlock(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        /// <summary>Writes a <c>/// &lt;tag&gt;</c> doc comment; the text is XML-escaped and may span lines.</summary>
        public void Doc(string tag, string text)
        {
            string[] lines = Escape(text).Split('\n');
            if (lines.Length == 1)
            {
                Line($"/// <{tag}>{lines[0]}</{tag}>");
                return;
            }

            Line($"/// <{tag}>");
            foreach (string line in lines)
            {
                Line("/// " + line);
            }

            Line($"/// </{tag}>");
        }

        /// <summary>Writes raw doc lines (already XML), e.g. a list of paragraphs.</summary>
        public void DocRaw(string xml) => Line("/// " + xml);

        /// <summary>
        /// XML-escapes doc text; every kind of line break becomes '\n', and what XML forbids or could make
        /// the text read differently (other controls, lone surrogates, U+FFFE/U+FFFF, bidi overrides) is
        /// spelled as <c>\uXXXX</c>, so GenerateDocumentationFile never meets CS1570.
        /// </summary>
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '\r':
                        builder.Append('\n');
                        if (i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            i++;
                        }

                        break;
                    case '\n':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        builder.Append('\n');
                        break;
                    case '\t':
                        builder.Append(' ');
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append(c).Append(text[++i]);
                        }
                        else if (Naming.TenantText.IsUnsafe(c))
                        {
                            Naming.TenantText.AppendEscaped(builder, c);
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

        public override string ToString() => _builder.ToString();
    }
}
