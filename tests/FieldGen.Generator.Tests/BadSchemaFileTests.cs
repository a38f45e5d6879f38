using System.Collections.Generic;
using System.Linq;
using System.Text;
using FieldGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>Every bad file gets an FG diagnostic at the right line and column; the generator never throws.</summary>
    public class BadSchemaFileTests
    {
        private static Diagnostic Single(string id, string text, string path = "/project/fields.json")
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile(path, text));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            return Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        }

        private static (int Line, int Column) Start(Diagnostic diagnostic)
        {
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal("/project/fields.json", span.Path);
            return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        }

        [Fact]
        public void Truncated_json_is_FG0001_at_the_end()
        {
            Diagnostic d = Single("FG0001", "{\n  \"statusCode\": 200,\n  \"data\": [ { \"key\": \"age\"");

            Assert.Equal((3, 27), Start(d));
            Assert.Contains("truncated", d.GetMessage());
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        }

        [Fact]
        public void Trailing_comma_is_FG0001_at_the_closing_bracket()
        {
            Diagnostic d = Single("FG0001", "[\n  { \"key\": \"age\", \"dataType\": \"NUMBER\" },\n]");

            Assert.Equal((3, 1), Start(d));
            Assert.Contains("trailing comma", d.GetMessage());
        }

        [Fact]
        public void Wrong_root_type_is_FG0002()
        {
            Diagnostic d = Single("FG0002", "\"just a string\"");

            Assert.Equal((1, 1), Start(d));
            Assert.Contains("root is a string", d.GetMessage());
        }

        [Fact]
        public void A_field_without_key_is_FG0003_and_the_other_fields_still_generate()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/fields.json", "[\n {\"dataType\": \"STRING\"},\n {\"key\": \"age\", \"dataType\": \"NUMBER\"}\n]"));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "FG0003");
            Assert.Equal((2, 2), Start(d));
            Assert.Contains("has no 'key'", d.GetMessage());
            Assert.Contains("public double? Age", run.Source("UserCustomData.g.cs"));
        }

        [Fact]
        public void Nesting_ten_thousand_deep_is_FG0001_not_a_crash()
        {
            string deep = new string('[', 10_000) + new string(']', 10_000);

            Diagnostic d = Single("FG0001", deep);

            Assert.Contains("nested deeper", d.GetMessage());
        }

        [Fact]
        public void A_byte_order_mark_is_accepted()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/fields.json", "\uFEFF[{\"key\":\"age\",\"dataType\":\"NUMBER\"}]"));

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Contains("Age", run.Source("UserCustomData.g.cs"));
        }

        [Fact]
        public void A_file_that_is_not_utf8_is_FG0016()
        {
            // The compiler decodes a file that is not valid UTF-8 with a legacy code page; the generator sees that encoding.
            byte[] latin1 = Encoding.Latin1.GetBytes("[{\"key\":\"caf\u00e9\",\"dataType\":\"STRING\"}]");
            var text = Microsoft.CodeAnalysis.Text.SourceText.From(new System.IO.MemoryStream(latin1), Encoding.Latin1);
            GeneratorRun run = GeneratorHarness.RunWithText("/project/fields.json", text);

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "FG0016");
            Assert.Contains("iso-8859-1", d.GetMessage());
        }

        [Fact]
        public void A_very_large_file_generates()
        {
            var builder = new StringBuilder("[");
            for (int i = 0; i < 20_000; i++)
            {
                builder.Append(i == 0 ? string.Empty : ",").Append("{\"key\":\"field_").Append(i).Append("\",\"dataType\":\"STRING\",\"label\":\"Field ").Append(i).Append("\"}");
            }

            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/fields.json", builder.Append(']').ToString()));

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
            Assert.Contains("public string? Field19999", run.Source("UserCustomData.g.cs"));
        }

        [Fact]
        public void A_bad_file_does_not_stop_the_other_files()
        {
            GeneratorRun run = GeneratorHarness.Run(
                new SchemaFile("/project/bad.json", "{ nope"),
                new SchemaFile("/project/roles.json", "[{\"targetType\":\"ROLE\",\"key\":\"level\",\"dataType\":\"NUMBER\"}]"));

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0001");
            Assert.Contains("public double? Level", run.Source("RoleCustomData.g.cs"));
        }

        [Fact]
        public void A_saved_failure_response_is_FG0014()
        {
            Diagnostic d = Single("FG0014", "{\"statusCode\": 401, \"message\": \"Unauthorized\", \"apiCode\": 2333}");

            Assert.Contains("401", d.GetMessage());
            Assert.Contains("Unauthorized", d.GetMessage());
        }

        [Fact]
        public void Options_string_that_is_not_json_is_FG0010_and_the_field_still_generates()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/fields.json", "[{\"key\":\"school\",\"dataType\":\"ENUM\",\"options\":\"[{oops\"}]"));

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0010");
            Assert.Contains("public enum School", run.Source("UserCustomData.g.cs"));
        }

        [Fact]
        public void An_option_without_a_value_is_a_FG0010_warning_and_the_other_options_still_generate()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/fields.json",
                "[{\"key\":\"school\",\"dataType\":\"ENUM\",\"options\":[{\"label\":\"no value\"},{\"value\":\"pku\"},{\"value\":7}]}]"));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0010");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("left out of the enum", d.GetMessage());
            string source = run.Source("UserCustomData.g.cs");
            Assert.Contains("Pku,", source);
            Assert.Contains("_7,", source);
        }

        [Fact]
        public void An_unknown_target_type_is_FG0004()
        {
            Diagnostic d = Single("FG0004", "[{\"targetType\":\"APPLICATION\",\"key\":\"x\",\"dataType\":\"STRING\"}]");

            Assert.Contains("APPLICATION", d.GetMessage());
        }

        [Fact]
        public void Object_is_FG0005_info_and_an_unknown_data_type_an_FG0018_warning_both_with_a_JsonElement_member()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/fields.json", "[{\"key\":\"a\",\"dataType\":\"OBJECT\"},{\"key\":\"b\",\"dataType\":\"GEO\"},{\"key\":\"c\"}]"));

            Diagnostic info = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0005");
            Assert.Equal(DiagnosticSeverity.Info, info.Severity);
            Diagnostic[] unknown = run.GeneratorDiagnostics.Where(d => d.Id == "FG0018").ToArray();
            Assert.All(unknown, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
            Assert.Equal(
                new[]
                {
                    "Field 'b' of USER has the unknown data type 'GEO'; expected STRING, NUMBER, DATETIME, BOOLEAN, ENUM, SELECT or OBJECT; it is generated as a raw JsonElement value",
                    "Field 'c' of USER has no dataType; expected STRING, NUMBER, DATETIME, BOOLEAN, ENUM, SELECT or OBJECT; it is generated as a raw JsonElement value",
                },
                unknown.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(m => m, System.StringComparer.Ordinal));
            Assert.Contains("public global::System.Text.Json.JsonElement? B", run.Source("UserCustomData.g.cs"));
        }

        [Theory]
        [InlineData("NUMBR", "NUMBER")]
        [InlineData("number_", "NUMBER")]
        [InlineData("Strng", "STRING")]
        [InlineData("DATETIM", "DATETIME")]
        [InlineData("BOOLEN", "BOOLEAN")]
        public void A_misspelled_data_type_is_an_FG0018_warning_naming_the_type_meant(string typed, string meant)
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/fields.json", "[{\"key\":\"age\",\"dataType\":\"" + typed + "\"}]"));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0018");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("did you mean '" + meant + "'?", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(1, d.Location.GetLineSpan().StartLinePosition.Line + 1);
        }

        [Fact]
        public void Every_message_is_one_line_even_for_a_key_or_data_type_with_line_breaks()
        {
            foreach (System.Reflection.FieldInfo field in typeof(FieldGen.Diagnostics.DiagnosticDescriptors).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)))
            {
                var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
                Assert.DoesNotMatch("[\\r\\n]", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/fields.json", "[{\"key\":\"line\\nbreak\",\"dataType\":\"NUM\\r\\nBER\"},{\"key\":\"x\",\"targetType\":\"US\\u2028ER\"}]"));

            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "FG0018");
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "FG0004");
            Assert.All(run.GeneratorDiagnostics, d => Assert.DoesNotMatch("[\\r\\n\u2028]", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Contains(run.GeneratorDiagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'line\\u000Abreak' of USER has the unknown data type 'NUM\\u000D\\u000ABER'"));
        }

        [Fact]
        public void Every_diagnostic_has_a_help_link_to_its_docs_section()
        {
            foreach (System.Reflection.FieldInfo field in typeof(FieldGen.Diagnostics.DiagnosticDescriptors).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)))
            {
                var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
                Assert.EndsWith("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
                string docs = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics.md"));
                Assert.Contains("## " + descriptor.Id, docs);
                string releases = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "src", "FieldGen.Generator", "AnalyzerReleases.Unshipped.md"));
                Assert.Contains(descriptor.Id + " |", releases);
            }
        }
    }
}
