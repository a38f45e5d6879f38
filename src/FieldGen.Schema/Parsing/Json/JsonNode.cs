using System.Collections.Generic;

namespace FieldGen.Parsing.Json
{
    /// <summary>The kinds of JSON value <see cref="JsonTextParser"/> produces.</summary>
    internal enum JsonNodeKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>Where a JSON token starts in the text: offset, and 0-based line and column.</summary>
    internal readonly struct JsonTextPosition
    {
        public JsonTextPosition(int offset, int line, int column)
        {
            Offset = offset;
            Line = line;
            Column = column;
        }

        public int Offset { get; }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>
    /// A parsed JSON value that remembers where it stood in the file, so that a schema problem can be
    /// reported at its line and column. The generator cannot use System.Text.Json (it does not load in
    /// every compiler host), hence this small DOM.
    /// </summary>
    internal sealed class JsonNode
    {
        private JsonNode(JsonNodeKind kind, JsonTextPosition start, int length, string? text, List<JsonProperty>? properties, List<JsonNode>? items)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Text = text;
            Properties = properties;
            Items = items;
        }

        public JsonNodeKind Kind { get; }

        public JsonTextPosition Start { get; }

        /// <summary>Length of the value in characters of the source text.</summary>
        public int Length { get; internal set; }

        /// <summary>The unescaped value of a string, or the literal text of a number.</summary>
        public string? Text { get; }

        /// <summary>The members of an object, in file order (duplicates kept).</summary>
        public List<JsonProperty>? Properties { get; }

        /// <summary>The items of an array.</summary>
        public List<JsonNode>? Items { get; }

        public static JsonNode Object(JsonTextPosition start) => new JsonNode(JsonNodeKind.Object, start, 0, null, new List<JsonProperty>(), null);

        public static JsonNode Array(JsonTextPosition start) => new JsonNode(JsonNodeKind.Array, start, 0, null, null, new List<JsonNode>());

        public static JsonNode Scalar(JsonNodeKind kind, JsonTextPosition start, int length, string? text) => new JsonNode(kind, start, length, text, null, null);

        /// <summary>The last member named <paramref name="name"/> (JSON parsers conventionally let the last one win).</summary>
        public JsonProperty? GetProperty(string name)
        {
            if (Properties is null)
            {
                return null;
            }

            for (int i = Properties.Count - 1; i >= 0; i--)
            {
                if (Properties[i].Name == name)
                {
                    return Properties[i];
                }
            }

            return null;
        }

        public JsonNode? GetValue(string name) => GetProperty(name)?.Value;
    }

    /// <summary>One member of a JSON object, with the position of its name.</summary>
    internal sealed class JsonProperty
    {
        public JsonProperty(string name, JsonTextPosition nameStart, int nameLength, JsonNode value)
        {
            Name = name;
            NameStart = nameStart;
            NameLength = nameLength;
            Value = value;
        }

        public string Name { get; }

        public JsonTextPosition NameStart { get; }

        public int NameLength { get; }

        public JsonNode Value { get; }
    }
}
