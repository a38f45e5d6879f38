using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FieldGen.Management.Json
{
    /// <summary>
    /// A small JSON writer for the normalized schema file and request bodies: 2-space indentation and
    /// "\n" line ends (or compact), non-ASCII kept as is, so the same content always gives the same
    /// bytes. System.Text.Json is not an option inside MSBuild's process.
    /// </summary>
    internal sealed class JsonTextWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly bool _indented;

        // Per open container: how many items it has so far. A property name counts as the item.
        private readonly Stack<int> _counts = new Stack<int>();
        private bool _afterPropertyName;

        public JsonTextWriter(bool indented)
        {
            _indented = indented;
        }

        public void StartObject() => Open('{');

        public void EndObject() => Close('}');

        public void StartArray() => Open('[');

        public void EndArray() => Close(']');

        public void PropertyName(string name)
        {
            BeforeItem();
            WriteQuoted(name);
            _text.Append(_indented ? ": " : ":");
            _afterPropertyName = true;
        }

        public void String(string value)
        {
            BeforeItem();
            WriteQuoted(value);
        }

        /// <summary>A number's literal text as it was read; JSON numbers are copied, never reformatted.</summary>
        public void Number(string literal)
        {
            BeforeItem();
            _text.Append(literal);
        }

        public void Boolean(bool value)
        {
            BeforeItem();
            _text.Append(value ? "true" : "false");
        }

        public void Null()
        {
            BeforeItem();
            _text.Append("null");
        }

        public void Property(string name, string? value)
        {
            PropertyName(name);
            if (value is null)
            {
                Null();
            }
            else
            {
                String(value);
            }
        }

        public override string ToString() => _text.ToString();

        private void Open(char bracket)
        {
            BeforeItem();
            _text.Append(bracket);
            _counts.Push(0);
        }

        private void Close(char bracket)
        {
            int count = _counts.Pop();
            if (count > 0)
            {
                NewLine();
            }

            _text.Append(bracket);
        }

        private void BeforeItem()
        {
            if (_afterPropertyName)
            {
                _afterPropertyName = false;
                return;
            }

            if (_counts.Count == 0)
            {
                return;
            }

            int count = _counts.Pop();
            if (count > 0)
            {
                _text.Append(',');
            }

            _counts.Push(count + 1);
            NewLine();
        }

        private void NewLine()
        {
            if (_indented)
            {
                _text.Append('\n').Append(' ', 2 * _counts.Count);
            }
        }

        private void WriteQuoted(string value)
        {
            _text.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    case '\b': _text.Append("\\b"); break;
                    case '\f': _text.Append("\\f"); break;
                    default:
                        // U+2028/2029 are valid JSON but end lines in JavaScript and some editors.
                        if (c < 0x20 || c == '\u2028' || c == '\u2029')
                        {
                            _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }
    }
}
