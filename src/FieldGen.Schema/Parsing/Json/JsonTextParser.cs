using System;
using System.Globalization;
using System.Text;

namespace FieldGen.Parsing.Json
{
    /// <summary>A JSON syntax error at a position of the text.</summary>
    internal sealed class JsonSyntaxError
    {
        public JsonSyntaxError(string message, JsonTextPosition position)
        {
            Message = message;
            Position = position;
        }

        public string Message { get; }

        public JsonTextPosition Position { get; }
    }

    /// <summary>
    /// Strict RFC 8259 parser producing <see cref="JsonNode"/>s with positions. It never throws on bad
    /// input: it returns the first error with its line and column. Nesting is bounded so a hostile file
    /// cannot overflow the compiler's stack.
    /// </summary>
    internal sealed class JsonTextParser
    {
        public const int MaxDepth = 128;

        private readonly string _text;
        private int _pos;
        private int _line;
        private int _lineStart;
        private JsonSyntaxError? _error;

        private JsonTextParser(string text)
        {
            _text = text;
        }

        public static JsonNode? Parse(string text, out JsonSyntaxError? error)
        {
            var parser = new JsonTextParser(text);
            JsonNode? root = parser.ParseDocument();
            error = parser._error;
            return error is null ? root : null;
        }

        private JsonTextPosition Here => new JsonTextPosition(_pos, _line, _pos - _lineStart);

        private JsonNode? ParseDocument()
        {
            // A byte order mark survives some decoders as U+FEFF; it is not content.
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _pos = 1;
                _lineStart = 1;
            }

            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                return Fail("the file is empty; expected a JSON object or array");
            }

            JsonNode? root = ParseValue(0);
            if (root is null)
            {
                return null;
            }

            SkipWhitespace();
            if (_pos < _text.Length)
            {
                return Fail($"unexpected {Describe(_text[_pos])} after the end of the JSON value");
            }

            return root;
        }

        private JsonNode? ParseValue(int depth)
        {
            if (_pos >= _text.Length)
            {
                return Fail("unexpected end of file; the JSON is truncated");
            }

            char c = _text[_pos];
            switch (c)
            {
                case '{':
                    return ParseObject(depth + 1);
                case '[':
                    return ParseArray(depth + 1);
                case '"':
                    JsonTextPosition start = Here;
                    string? s = ParseString();
                    return s is null ? null : JsonNode.Scalar(JsonNodeKind.String, start, _pos - start.Offset, s);
                case 't':
                    return ParseLiteral("true", JsonNodeKind.True);
                case 'f':
                    return ParseLiteral("false", JsonNodeKind.False);
                case 'n':
                    return ParseLiteral("null", JsonNodeKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ParseNumber();
                    }

                    return Fail($"unexpected {Describe(c)}; expected a JSON value");
            }
        }

        private JsonNode? ParseObject(int depth)
        {
            if (depth > MaxDepth)
            {
                return Fail($"JSON nested deeper than {MaxDepth} levels");
            }

            JsonNode node = JsonNode.Object(Here);
            _pos++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                node.Length = _pos - node.Start.Offset;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    return Fail("unexpected end of file inside an object; the JSON is truncated");
                }

                if (_text[_pos] != '"')
                {
                    return Fail(_text[_pos] == '}'
                        ? "trailing comma before '}'; remove the comma"
                        : $"unexpected {Describe(_text[_pos])}; expected a property name in double quotes");
                }

                JsonTextPosition nameStart = Here;
                string? name = ParseString();
                if (name is null)
                {
                    return null;
                }

                int nameLength = _pos - nameStart.Offset;
                SkipWhitespace();
                if (Peek() != ':')
                {
                    return Fail(_pos >= _text.Length ? "unexpected end of file; the JSON is truncated" : $"unexpected {Describe(_text[_pos])}; expected ':' after the property name");
                }

                _pos++;
                SkipWhitespace();
                JsonNode? value = ParseValue(depth);
                if (value is null)
                {
                    return null;
                }

                node.Properties!.Add(new JsonProperty(name, nameStart, nameLength, value));
                SkipWhitespace();
                char next = Peek();
                if (next == ',')
                {
                    _pos++;
                    continue;
                }

                if (next == '}')
                {
                    _pos++;
                    node.Length = _pos - node.Start.Offset;
                    return node;
                }

                return Fail(_pos >= _text.Length ? "unexpected end of file inside an object; the JSON is truncated" : $"unexpected {Describe(next)}; expected ',' or '}}'");
            }
        }

        private JsonNode? ParseArray(int depth)
        {
            if (depth > MaxDepth)
            {
                return Fail($"JSON nested deeper than {MaxDepth} levels");
            }

            JsonNode node = JsonNode.Array(Here);
            _pos++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                node.Length = _pos - node.Start.Offset;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']')
                {
                    return Fail("trailing comma before ']'; remove the comma");
                }

                JsonNode? item = ParseValue(depth);
                if (item is null)
                {
                    return null;
                }

                node.Items!.Add(item);
                SkipWhitespace();
                char next = Peek();
                if (next == ',')
                {
                    _pos++;
                    continue;
                }

                if (next == ']')
                {
                    _pos++;
                    node.Length = _pos - node.Start.Offset;
                    return node;
                }

                return Fail(_pos >= _text.Length ? "unexpected end of file inside an array; the JSON is truncated" : $"unexpected {Describe(next)}; expected ',' or ']'");
            }
        }

        private string? ParseString()
        {
            _pos++; // opening quote
            int runStart = _pos;
            StringBuilder? builder = null;
            while (true)
            {
                if (_pos >= _text.Length)
                {
                    Fail("unexpected end of file inside a string; the JSON is truncated");
                    return null;
                }

                char c = _text[_pos];
                if (c == '"')
                {
                    string value = builder is null
                        ? _text.Substring(runStart, _pos - runStart)
                        : builder.Append(_text, runStart, _pos - runStart).ToString();
                    _pos++;
                    return value;
                }

                if (c < 0x20)
                {
                    Fail(c == '\n' || c == '\r' ? "line break inside a string; close the string or write \\n" : "control character inside a string; escape it");
                    return null;
                }

                if (c != '\\')
                {
                    _pos++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _pos - runStart);
                _pos++;
                if (_pos >= _text.Length)
                {
                    Fail("unexpected end of file inside a string; the JSON is truncated");
                    return null;
                }

                char escape = _text[_pos];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 >= _text.Length || !int.TryParse(_text.Substring(_pos + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        {
                            Fail("invalid \\u escape; expected four hexadecimal digits");
                            return null;
                        }

                        builder.Append((char)code);
                        _pos += 4;
                        break;
                    default:
                        Fail($"invalid escape '\\{escape}' in a string");
                        return null;
                }

                _pos++;
                runStart = _pos;
            }
        }

        private JsonNode? ParseNumber()
        {
            JsonTextPosition start = Here;
            if (Peek() == '-')
            {
                _pos++;
            }

            if (Peek() == '0')
            {
                _pos++;
            }
            else if (!SkipDigits())
            {
                return Fail("invalid number; expected a digit");
            }

            if (Peek() == '.')
            {
                _pos++;
                if (!SkipDigits())
                {
                    return Fail("invalid number; expected a digit after '.'");
                }
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _pos++;
                if (Peek() == '+' || Peek() == '-')
                {
                    _pos++;
                }

                if (!SkipDigits())
                {
                    return Fail("invalid number; expected a digit in the exponent");
                }
            }

            return JsonNode.Scalar(JsonNodeKind.Number, start, _pos - start.Offset, _text.Substring(start.Offset, _pos - start.Offset));
        }

        private bool SkipDigits()
        {
            int begin = _pos;
            while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9')
            {
                _pos++;
            }

            return _pos > begin;
        }

        private JsonNode? ParseLiteral(string literal, JsonNodeKind kind)
        {
            JsonTextPosition start = Here;
            if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
            {
                return Fail($"unexpected {Describe(_text[_pos])}; expected a JSON value");
            }

            _pos += literal.Length;
            return JsonNode.Scalar(kind, start, literal.Length, null);
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _pos + 1;
                }
                else if (c == '\r')
                {
                    // "\r\n" counts once, at its '\n'.
                    if (_pos + 1 >= _text.Length || _text[_pos + 1] != '\n')
                    {
                        _line++;
                        _lineStart = _pos + 1;
                    }
                }
                else if (c != ' ' && c != '\t')
                {
                    return;
                }

                _pos++;
            }
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private JsonNode? Fail(string message)
        {
            _error ??= new JsonSyntaxError(message, Here);
            return null;
        }

        private static string Describe(char c)
        {
            if (c == '\uFFFD')
            {
                return "character U+FFFD (the file is probably not valid UTF-8)";
            }

            return c < 0x20 || c > 0x7E
                ? "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : "'" + c + "'";
        }
    }
}
