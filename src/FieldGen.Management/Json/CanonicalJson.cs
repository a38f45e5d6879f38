using System;
using System.Linq;
using FieldGen.Parsing.Json;

namespace FieldGen.Management.Json
{
    /// <summary>Copies a parsed JSON value with object members sorted by name (ordinal), so member order on the server never changes the file.</summary>
    internal static class CanonicalJson
    {
        public static void Write(JsonTextWriter writer, JsonNode node)
        {
            switch (node.Kind)
            {
                case JsonNodeKind.Object:
                    writer.StartObject();

                    // The last duplicate wins, as JsonNode.GetValue reads it.
                    foreach (var group in node.Properties!.GroupBy(p => p.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
                    {
                        writer.PropertyName(group.Key);
                        Write(writer, group.Last().Value);
                    }

                    writer.EndObject();
                    break;
                case JsonNodeKind.Array:
                    writer.StartArray();
                    foreach (JsonNode item in node.Items!)
                    {
                        Write(writer, item);
                    }

                    writer.EndArray();
                    break;
                case JsonNodeKind.String:
                    writer.String(node.Text!);
                    break;
                case JsonNodeKind.Number:
                    writer.Number(node.Text!);
                    break;
                case JsonNodeKind.True:
                    writer.Boolean(true);
                    break;
                case JsonNodeKind.False:
                    writer.Boolean(false);
                    break;
                default:
                    writer.Null();
                    break;
            }
        }
    }
}
