using System.Collections.Generic;
using FieldGen.Management.Schema;
using FieldGen.Parsing.Json;

namespace FieldGen.Pull.Tests.Management
{
    /// <summary>Builds a <see cref="PulledSchema"/> from JSON text, as if get-custom-fields had answered it.</summary>
    internal static class PulledSchemas
    {
        public static PulledSchema Of(params (string Target, string FieldsJson)[] answers)
        {
            var fields = new Dictionary<string, IReadOnlyList<JsonNode>>();
            foreach (var (target, json) in answers)
            {
                JsonNode root = JsonTextParser.Parse(json, out JsonSyntaxError? error) ?? throw new System.ArgumentException(error!.Message);
                fields[target] = root.Items!;
            }

            return new PulledSchema("https://api.authing.cn", null, fields);
        }
    }
}
