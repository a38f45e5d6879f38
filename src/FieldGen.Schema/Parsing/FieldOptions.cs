using FieldGen.Parsing.Json;

namespace FieldGen.Parsing
{
    /// <summary>
    /// A field's <c>options</c> as a list, with the quirk of the published getCustomFields sample decoded
    /// in one place: options given as a JSON-encoded string (<c>"[{\"value\":\"pku\",...}]"</c>) instead of
    /// an array. The schema parser and the pull's normalized writer both read options through here.
    /// </summary>
    internal static class FieldOptions
    {
        /// <summary>
        /// The options node as a list: the array itself, the array a string encodes, or null when there
        /// are none (absent, null, an empty or white-space string). <paramref name="problem"/> says why a
        /// present value is no array (a string that is not JSON, a non-array value); then the result is null.
        /// </summary>
        public static JsonNode? Decode(JsonNode? options, out string? problem)
        {
            problem = null;
            if (options is null || options.Kind == JsonNodeKind.Null)
            {
                return null;
            }

            JsonNode list = options;
            if (options.Kind == JsonNodeKind.String)
            {
                if (options.Text!.Trim().Length == 0)
                {
                    return null;
                }

                JsonNode? decoded = JsonTextParser.Parse(options.Text, out JsonSyntaxError? error);
                if (decoded is null)
                {
                    problem = "the options string is not valid JSON (" + error!.Message + ")";
                    return null;
                }

                list = decoded;
            }

            if (list.Kind != JsonNodeKind.Array)
            {
                problem = "expected an array of { \"value\", \"label\" }, found " + JsonNodeText.WithArticle(list);
                return null;
            }

            return list;
        }

        /// <summary>
        /// An option's wire value: the <c>value</c> of an option object, or a bare string or number item,
        /// as a node of kind String or Number; null for an option without one (it is left out of the enum).
        /// </summary>
        public static JsonNode? ValueOf(JsonNode option)
        {
            JsonNode? value = option.Kind == JsonNodeKind.Object ? option.GetValue("value") : option;
            return value?.Kind is JsonNodeKind.String or JsonNodeKind.Number ? value : null;
        }
    }
}
