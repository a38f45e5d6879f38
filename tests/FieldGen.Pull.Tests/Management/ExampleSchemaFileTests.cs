using System.Collections.Generic;
using System.IO;
using FieldGen.Management.Schema;
using FieldGen.Parsing.Json;
using FieldGen.Pull.Tests.Infrastructure;

namespace FieldGen.Pull.Tests.Management
{
    /// <summary>schema/examples/fieldgen-schema.example.json is exactly what a pull writes for its fields, hash included.</summary>
    public sealed class ExampleSchemaFileTests
    {
        [Fact]
        public void The_example_is_byte_for_byte_what_a_pull_writes()
        {
            string path = Path.Combine(RepositoryPaths.Root, "schema", "examples", "fieldgen-schema.example.json");
            string text = File.ReadAllText(path);
            JsonNode root = JsonTextParser.Parse(text, out _)!;
            var fields = new Dictionary<string, IReadOnlyList<JsonNode>>();
            foreach (JsonProperty group in root.GetValue("fields")!.Properties!)
            {
                fields[group.Name] = group.Value.Items!;
            }

            JsonNode source = root.GetValue("source")!;
            var schema = new PulledSchema(source.GetValue("host")!.Text!, source.GetValue("tenantId")!.Text, fields);
            string written = NormalizedSchemaWriter.Render(schema, source.GetValue("pulledAt")!.Text!);
            if (written != text)
            {
                File.WriteAllText(Path.ChangeExtension(path, ".received.json"), written);
            }

            Assert.Equal(written, text);
        }
    }
}
