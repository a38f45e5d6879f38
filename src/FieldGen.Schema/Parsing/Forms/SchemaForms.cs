using System.Collections.Generic;
using System.Linq;

namespace FieldGen.Parsing.Forms
{
    /// <summary>
    /// Every schema form FieldGen reads, in the order they are tried (the first that claims a root
    /// reads it). A new form is one class and one entry here; FG0002's "expected ..." is built from it.
    /// </summary>
    internal static class SchemaForms
    {
        public static readonly IReadOnlyList<ISchemaForm> All = new ISchemaForm[]
        {
            new FieldArrayForm(),
            new NormalizedFileForm(),
            new GetCustomFieldsForm(),
            new UdfsSearchForm(),
            new SingleFieldForm(),
            new ResponseDataForm(),
            new TargetTypeGroupsForm(),
        };

        /// <summary>FG0002's list: "a bare array of fields (or of responses), ... or an object keyed by target type ('USER': [...])".</summary>
        public static readonly string ExpectedText = ListOf(All.Select(f => f.Description).ToArray());

        /// <summary>The first form that claims <paramref name="root"/>, or null.</summary>
        public static ISchemaForm? Claiming(Json.JsonNode root) => All.FirstOrDefault(form => form.Claims(root));

        private static string ListOf(string[] items) =>
            items.Length == 1 ? items[0] : string.Join(", ", items.Take(items.Length - 1)) + " or " + items[items.Length - 1];
    }
}
