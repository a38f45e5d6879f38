using System.Linq;
using FieldGen.Model;
using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using FieldGen.Parsing.Json;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    /// <summary>Runs one schema form on its own: whether it claims a root, and what it reads from it.</summary>
    internal static class FormTest
    {
        private static readonly SchemaFileOptions NoOptions = new(null, null, false, EquatableArray<string>.Empty);

        public static JsonNode Root(string json) => JsonTextParser.Parse(json, out _) ?? throw new Xunit.Sdk.XunitException("not JSON: " + json);

        public static bool Claims(ISchemaForm form, string json) => form.Claims(Root(json));

        /// <summary>The form's name for <paramref name="json"/>, the fields read as "TARGET:key", and the diagnostic IDs.</summary>
        public static (string Form, string[] Fields, string[] Diagnostics) Read(ISchemaForm form, string json)
        {
            JsonNode root = Root(json);
            Assert.True(form.Claims(root), form.GetType().Name + " does not claim " + json);
            var reading = new SchemaReading("/project/fields.json", json, NoOptions);
            string name = form.Read(root, reading);
            return (name, reading.Fields.Select(f => f.TargetType + ":" + f.Key).ToArray(), reading.Diagnostics.Select(d => d.Id).ToArray());
        }

        /// <summary>The form <see cref="SchemaForms"/> picks for <paramref name="json"/>.</summary>
        public static ISchemaForm? Claiming(string json) => SchemaForms.Claiming(Root(json));
    }
}
