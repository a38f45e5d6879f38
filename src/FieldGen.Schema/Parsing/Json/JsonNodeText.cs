namespace FieldGen.Parsing.Json
{
    /// <summary>How messages name the kind of a JSON value: "an object", "a string".</summary>
    internal static class JsonNodeText
    {
        /// <summary>"an object", "an array", "a string", "a number", "a null", "a boolean".</summary>
        public static string WithArticle(JsonNode node) =>
            (node.Kind is JsonNodeKind.Object or JsonNodeKind.Array ? "an " : "a ") + Describe(node);

        /// <summary>"object", "array", "string", "number", "null", "boolean".</summary>
        public static string Describe(JsonNode node) => node.Kind switch
        {
            JsonNodeKind.Object => "object",
            JsonNodeKind.Array => "array",
            JsonNodeKind.String => "string",
            JsonNodeKind.Number => "number",
            JsonNodeKind.Null => "null",
            _ => "boolean",
        };
    }
}
