using System.Linq;
using FieldGen.Generator.Tests.Infrastructure;
using FieldGen.Naming;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>Every awkward thing a tenant can type becomes a valid, stable, readable C# name.</summary>
    public class NamingTests
    {
        [Theory]
        [InlineData("school", "School")]
        [InlineData("class", "Class")]
        [InlineData("namespace", "Namespace")]
        [InlineData("1st place", "_1stPlace")]
        [InlineData("2fa", "_2fa")]
        [InlineData("user-name", "UserName")]
        [InlineData("user.name", "UserName")]
        [InlineData("full name", "FullName")]
        [InlineData("user_id", "UserId")]
        [InlineData("userId", "UserId")]
        [InlineData("学校", "学校")]
        [InlineData("école", "École")]
        [InlineData("🎓", "U1F393")]
        [InlineData("---", "U002D_002D_002D")]
        [InlineData("", "Empty")]
        [InlineData("a🎓b", "AB")]
        public void Keys_become_PascalCase_identifiers(string key, string expected)
        {
            Assert.Equal(expected, CSharpIdentifiers.ToPascalCase(key));
        }

        [Theory]
        [InlineData("class")]
        [InlineData("namespace")]
        [InlineData("1st place")]
        [InlineData("a-b.c d")]
        [InlineData("学校")]
        [InlineData("🎓🎓")]
        [InlineData("__")]
        [InlineData("\u0301accent")]
        public void Every_generated_name_is_a_valid_identifier(string key)
        {
            string name = CSharpIdentifiers.ToPascalCase(key);

            Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name.TrimStart('@')), name);
            Assert.Equal(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None, Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name));
        }

        private static GeneratorRun RunFields(string fieldsJson) => GeneratorHarness.Run(new SchemaFile("/project/fields.json", "[" + fieldsJson + "]"));

        private static void AssertCompiles(GeneratorRun run) => Assert.Empty(run.CompilationErrorsAndWarnings.Select(d => d.ToString()));

        [Fact]
        public void Keys_differing_only_in_case_get_a_suffix_and_a_warning()
        {
            GeneratorRun run = RunFields("{\"key\":\"age\",\"dataType\":\"NUMBER\"},{\"key\":\"Age\",\"dataType\":\"STRING\"}");

            Diagnostic clash = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0006");
            Assert.Equal(DiagnosticSeverity.Warning, clash.Severity);
            Assert.Contains("'age'", clash.GetMessage());
            Assert.Contains("'Age'", clash.GetMessage());
            string source = run.Source("UserCustomData.g.cs");
            Assert.Contains("public string? Age\n", source);
            Assert.Contains("public double? Age_2\n", source);
            AssertCompiles(run);
        }

        [Fact]
        public void Keys_that_normalize_to_the_same_name_are_disambiguated()
        {
            GeneratorRun run = RunFields("{\"key\":\"user_id\",\"dataType\":\"STRING\"},{\"key\":\"userId\",\"dataType\":\"STRING\"},{\"key\":\"user-id\",\"dataType\":\"STRING\"}");

            Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "FG0006"));
            string source = run.Source("UserCustomData.g.cs");
            Assert.Contains("public string? UserId\n", source);
            Assert.Contains("public string? UserId_2\n", source);
            Assert.Contains("public string? UserId_3\n", source);
            AssertCompiles(run);
        }

        [Theory]
        [InlineData("toJson", "ToJson_2")]
        [InlineData("keys", "Keys_2")]
        [InlineData("unknownFields", "UnknownFields_2")]
        [InlineData("equals", "Equals_2")]
        [InlineData("userCustomData", "UserCustomData_2")]
        public void Keys_that_clash_with_a_generated_member_or_the_class_are_renamed(string key, string expected)
        {
            GeneratorRun run = RunFields($"{{\"key\":\"{key}\",\"dataType\":\"STRING\"}}");

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0006");
            Assert.Contains($"public string? {expected}\n", run.Source("UserCustomData.g.cs"));
            AssertCompiles(run);
        }

        [Fact]
        public void Keys_named_like_the_base_class_members_get_a_suffix_and_compile()
        {
            // CustomData's hidden members and the FieldIndex class: a property of that name would hide or clash (CS0108, CS0102).
            GeneratorRun run = RunFields(string.Join(",", new[] { "read", "set_field", "read_field", "write_fields", "field_index" }
                .Select(key => "{\"key\":\"" + key + "\",\"dataType\":\"STRING\"}")));

            string source = run.Source("UserCustomData.g.cs");
            foreach (string property in new[] { "Read_2", "SetField_2", "ReadField_2", "WriteFields_2", "FieldIndex_2" })
            {
                Assert.Contains("public string? " + property + "\n", source);
            }

            Assert.Equal(5, run.GeneratorDiagnostics.Count(d => d.Id == "FG0006"));
            AssertCompiles(run);
        }

        [Fact]
        public void An_enum_field_and_a_key_named_like_its_property_do_not_collide()
        {
            GeneratorRun run = RunFields("{\"key\":\"school\",\"dataType\":\"ENUM\",\"options\":[{\"value\":\"pku\"}]},{\"key\":\"schoolValue\",\"dataType\":\"STRING\"}");

            string source = run.Source("UserCustomData.g.cs");
            Assert.Contains("public enum School\n", source);
            Assert.Contains("public string? SchoolValue\n", source);
            Assert.Contains("public global::FieldGen.OptionValue<School>? SchoolValue_2\n", source);
            AssertCompiles(run);
        }

        [Fact]
        public void Option_values_that_are_numbers_empty_duplicated_or_clashing_compile()
        {
            GeneratorRun run = RunFields("{\"key\":\"level\",\"dataType\":\"ENUM\",\"options\":[{\"value\":\"1\"},{\"value\":\"2\"},{\"value\":\"\"},{\"value\":\"1\"},{\"value\":\"a-b\"},{\"value\":\"a_b\"},{\"value\":\"level\"},{\"value\":\"class\"}]}");

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0008");
            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0006" && d.GetMessage().Contains("'a_b'"));
            string source = run.Source("UserCustomData.g.cs");
            foreach (string member in new[] { "_1,", "_2,", "Empty,", "AB,", "AB_2,", "Level,", "Class," })
            {
                Assert.Contains("            " + member + "\n", source);
            }

            // Option i is enum member i: the metadata the runtime builds the option table from lists them in the enum's order.
            int previous = -1;
            foreach ((string member, string value) in new[] { ("_1", "1"), ("_2", "2"), ("Empty", ""), ("AB", "a-b"), ("AB_2", "a_b"), ("Level", "level"), ("Class", "class") })
            {
                int at = source.IndexOf($"(global::TestApp.UserCustomData.Level.{member}, \"{value}\",", System.StringComparison.Ordinal);
                Assert.True(at > previous, $"option {member} = \"{value}\" is not next in the metadata");
                previous = at;
            }

            AssertCompiles(run);
        }

        [Fact]
        public void An_enum_with_no_options_is_FG0009_and_compiles()
        {
            GeneratorRun run = RunFields("{\"key\":\"mood\",\"dataType\":\"ENUM\"}");

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0009");
            Assert.Contains("public enum Mood\n        {\n        }", run.Source("UserCustomData.g.cs"));
            AssertCompiles(run);
        }

        [Fact]
        public void Emoji_non_ascii_and_quote_keys_compile_and_keep_their_wire_value()
        {
            GeneratorRun run = RunFields("{\"key\":\"🎓\",\"dataType\":\"STRING\"},{\"key\":\"学校\",\"dataType\":\"STRING\"},{\"key\":\"say \\\"hi\\\"\\\\now\",\"dataType\":\"STRING\"},{\"key\":\"line\\u2028break\",\"dataType\":\"STRING\",\"label\":\"x\\u2028y\"}");

            string source = run.Source("UserCustomData.g.cs");
            Assert.Contains("public const string 学校 = \"学校\";", source);
            Assert.Contains("public const string SayHiNow = \"say \\\"hi\\\"\\\\now\";", source);
            Assert.Contains("public const string LineBreak = \"line\\u2028break\";", source);
            AssertCompiles(run);
        }

        [Fact]
        public void Names_do_not_depend_on_the_order_of_fields_in_the_file()
        {
            string a = RunFields("{\"key\":\"user_id\",\"dataType\":\"STRING\"},{\"key\":\"userId\",\"dataType\":\"NUMBER\"}").Source("UserCustomData.g.cs");
            string b = RunFields("{\"key\":\"userId\",\"dataType\":\"NUMBER\"},{\"key\":\"user_id\",\"dataType\":\"STRING\"}").Source("UserCustomData.g.cs");

            Assert.Equal(a, b);
        }
    }
}
