using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace FieldGen.Runtime.Tests
{
    /// <summary>
    /// The test oracle for "semantically equal": the value JavaScript's JSON.parse would build, written
    /// canonically (keys sorted, the last of duplicate keys kept, numbers as the double JavaScript holds).
    /// Built on JsonDocument only, independent of FieldGen's readers.
    /// </summary>
    internal static class JsonParseSemantics
    {
        public static string Canonical(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            var text = new StringBuilder();
            Write(document.RootElement, text);
            return text.ToString();
        }

        /// <summary>The members of a root object as JSON.parse keeps them: the last of duplicate keys wins.</summary>
        public static Dictionary<string, JsonElement> LastWins(JsonElement obj)
        {
            var members = new Dictionary<string, JsonElement>();
            foreach (JsonProperty member in obj.EnumerateObject())
            {
                members[member.Name] = member.Value;
            }

            return members;
        }

        private static void Write(JsonElement value, StringBuilder text)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    text.Append('{');
                    bool first = true;
                    foreach (KeyValuePair<string, JsonElement> member in LastWins(value).OrderBy(m => m.Key, System.StringComparer.Ordinal))
                    {
                        text.Append(first ? "" : ",").Append(JsonSerializer.Serialize(member.Key)).Append(':');
                        Write(member.Value, text);
                        first = false;
                    }

                    text.Append('}');
                    break;
                case JsonValueKind.Array:
                    text.Append('[');
                    int index = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        text.Append(index++ == 0 ? "" : ",");
                        Write(item, text);
                    }

                    text.Append(']');
                    break;
                case JsonValueKind.Number:
                    // JSON.stringify writes -0 as 0: the two are one value once the server has held it.
                    double number = double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                    text.Append((number == 0 ? 0d : number).ToString("R", CultureInfo.InvariantCulture));
                    break;
                case JsonValueKind.String:
                    text.Append(JsonSerializer.Serialize(value.GetString()));
                    break;
                default:
                    text.Append(value.GetRawText());
                    break;
            }
        }
    }
}
