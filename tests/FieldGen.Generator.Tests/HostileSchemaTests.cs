using System.Collections.Generic;
using System.IO;
using System.Linq;
using FieldGen.Generator.Tests.Infrastructure;
using FieldGen.Emit;
using FieldGen.Merging;
using FieldGen.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>
    /// Schemas and settings built to break the emitter (issue 11): names the compiler compares ignoring
    /// case, text that would end a comment, settings that are not C#, reserved names, lone surrogates and
    /// names past the metadata limit. Each must either generate code that compiles and emits with doc
    /// comments checked and no warning, or be refused by a one-line FG diagnostic; never CS8785.
    /// </summary>
    public class HostileSchemaTests
    {
        private const string OneString = "[{\"key\":\"note\",\"dataType\":\"STRING\"}]";
        private const string AllTargets = "[{\"key\":\"note\",\"dataType\":\"STRING\",\"targetType\":\"USER\"},{\"key\":\"note\",\"dataType\":\"STRING\",\"targetType\":\"ROLE\"}]";

        private static readonly Dictionary<string, string> TestAppProject = new Dictionary<string, string> { ["RootNamespace"] = "TestApp" };

        private static GeneratorRun Run(params SchemaFile[] files) => GeneratorHarness.RunWithProperties(files, TestAppProject);

        private static GeneratorRun RunWithNamespace(string fieldGenNamespace, params SchemaFile[] files) =>
            GeneratorHarness.RunWithProperties(files, new Dictionary<string, string> { ["RootNamespace"] = "TestApp", ["FieldGenNamespace"] = fieldGenNamespace });

        private static SchemaFile File(string path, string text, params (string Name, string Value)[] metadata) =>
            new SchemaFile(path, text, metadata.ToDictionary(m => m.Name, m => m.Value));

        /// <summary>No generator crash, no compiler warning or error (doc comments included), and the IL emits (CS7013 is an emit error).</summary>
        private static void AssertBuilds(GeneratorRun run)
        {
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id.StartsWith("CS", System.StringComparison.Ordinal));
            Assert.Empty(run.CompilationErrorsAndWarnings.Select(d => d.ToString()));
            using var pe = new MemoryStream();
            EmitResult emitted = run.OutputCompilation.Emit(pe);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        }

        // Ordinal: xUnit compares strings with the current culture, which ignores U+202E and friends.
        private static void AssertAbsent(string text, string source)
        {
            int at = source.IndexOf(text, System.StringComparison.Ordinal);
            Assert.True(at < 0, at < 0 ? string.Empty : "found at " + at + ": " + Literals.Escape(source.Substring(System.Math.Max(0, at - 100), System.Math.Min(200, source.Length - System.Math.Max(0, at - 100)))));
        }

        private static IReadOnlyList<string> GeneratedClasses(GeneratorRun run) => run.OutputCompilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
            .Where(c => c.BaseList is not null)
            .Select(c => run.OutputCompilation.GetSemanticModel(c.SyntaxTree).GetDeclaredSymbol(c)!.ToDisplayString())
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToList();

        [Fact]
        public void Namespaces_differing_only_in_case_both_generate()
        {
            GeneratorRun run = Run(File("/p/hr.json", OneString, ("Namespace", "Acme.Hr")), File("/p/HR2.json", OneString, ("Namespace", "Acme.HR")));

            AssertBuilds(run);
            Assert.Equal(new[] { "Acme.HR.UserCustomData", "Acme.Hr.UserCustomData" }, GeneratedClasses(run));
            string[] hints = run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
            Assert.Equal(2, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        }

        [Fact]
        public void Class_names_differing_only_in_case_both_generate()
        {
            GeneratorRun run = Run(File("/p/a.json", OneString, ("ClassName", "{Target}Fields")), File("/p/b.json", OneString, ("ClassName", "{Target}fields")));

            AssertBuilds(run);
            Assert.Equal(new[] { "TestApp.UserFields", "TestApp.Userfields" }, GeneratedClasses(run));
        }

        [Fact]
        public void Hint_names_are_stable_and_keep_the_plain_name_when_it_is_unique()
        {
            string[] names = { "Acme.Hr.UserCustomData", "Acme.HR.UserCustomData", "App.UserCustomData", "学校.UserCustomData" };
            string[] first = HintNames.For(names);

            Assert.Equal(first, HintNames.For(names));
            Assert.Equal("App.UserCustomData.g.cs", first[2]);
            Assert.Equal(4, first.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(first, h => Assert.Matches("^[A-Za-z0-9_.]+$", h));
        }

        [Theory]
        [InlineData("My<App>")]
        [InlineData("My App")]
        [InlineData("Acme.")]
        [InlineData(".Acme")]
        [InlineData("Acme..Hr")]
        [InlineData("X { public class P {} } namespace Y")]
        [InlineData("Acme.class")]
        [InlineData("Acme.Hr\n#error PWNED")]
        [InlineData("Acme/Hr")]
        public void An_invalid_FieldGenNamespace_is_refused_by_name_and_the_root_namespace_is_used(string ns)
        {
            GeneratorRun run = RunWithNamespace(ns, File("/p/fields.json", OneString));

            Diagnostic refused = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0013");
            Assert.Contains("FieldGenNamespace", refused.GetMessage());
            Assert.DoesNotContain('\n', refused.GetMessage());
            AssertBuilds(run);
            Assert.Equal(new[] { "TestApp.UserCustomData" }, GeneratedClasses(run));
        }

        [Theory]
        [InlineData("My App")]
        [InlineData("Acme.")]
        [InlineData("X { public class P {} } namespace Y")]
        [InlineData("Acme.record.event")]
        public void An_invalid_Namespace_metadata_is_refused_by_name(string ns)
        {
            GeneratorRun run = Run(File("/p/fields.json", OneString, ("Namespace", ns)));

            Diagnostic refused = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0013");
            Assert.Contains("Namespace", refused.GetMessage());
            AssertBuilds(run);
            Assert.Equal(new[] { "TestApp.UserCustomData" }, GeneratedClasses(run));
        }

        [Theory]
        [InlineData("Acme.Hr")]
        [InlineData("System")]
        [InlineData("FieldGen")]
        [InlineData("FieldGen.Serialization")]
        [InlineData("record.file")]
        [InlineData("学校.部门")]
        public void Unusual_but_valid_namespaces_generate(string ns)
        {
            GeneratorRun run = RunWithNamespace(ns, File("/p/fields.json", AllTargets));

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "FG0013");
            AssertBuilds(run);
            Assert.Equal(new[] { ns + ".RoleCustomData", ns + ".UserCustomData" }, GeneratedClasses(run));
        }

        [Theory]
        [InlineData("Keys")]
        [InlineData("TargetType")]
        [InlineData("ToJson")]
        [InlineData("UnknownFields")]
        [InlineData("record")]
        [InlineData("fields")]
        [InlineData("file")]
        [InlineData("required")]
        [InlineData("var")]
        [InlineData("class")]
        [InlineData("@class")]
        [InlineData("_")]
        [InlineData("_fgChanges")]
        [InlineData("_fg0")]
        [InlineData("{Target}<T>")]
        [InlineData("Fields */ class X {} /*")]
        public void A_class_name_that_breaks_the_class_is_refused_by_name_and_the_default_is_used(string className)
        {
            GeneratorRun run = Run(File("/p/fields.json", AllTargets, ("ClassName", className)));

            Diagnostic refused = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0013");
            Assert.Contains("ClassName", refused.GetMessage());
            AssertBuilds(run);
            Assert.Equal(new[] { "TestApp.RoleCustomData", "TestApp.UserCustomData" }, GeneratedClasses(run));
        }

        [Theory]
        [InlineData("{Target}fields")]
        [InlineData("Record")]
        [InlineData("{Target}Keys")]
        [InlineData("Equals")]
        [InlineData("_Fields")]
        public void Class_names_near_reserved_ones_generate(string className)
        {
            GeneratorRun run = Run(File("/p/fields.json", "[{\"key\":\"keys\",\"dataType\":\"STRING\"},{\"key\":\"record\",\"dataType\":\"ENUM\",\"options\":[\"a\"]}]", ("ClassName", className)));

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "FG0013");
            AssertBuilds(run);
        }

        [Fact]
        public void A_namespace_equal_to_another_files_class_is_FG0022_and_the_class_still_generates()
        {
            GeneratorRun run = Run(
                File("/p/a.json", OneString, ("Namespace", "App"), ("ClassName", "{Target}Data")),
                File("/p/b.json", OneString, ("Namespace", "App.UserData.Hr")),
                File("/p/c.json", AllTargets.Replace("USER", "GROUP"), ("Namespace", "Other")));

            Diagnostic clash = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0022");
            Assert.Contains("'App.UserData.Hr'", clash.GetMessage());
            Assert.Contains("b.json", clash.GetMessage());
            AssertBuilds(run);
            Assert.Equal(new[] { "App.UserData", "Other.GroupCustomData", "Other.RoleCustomData" }, GeneratedClasses(run));
        }

        [Theory]
        [InlineData("x\u2028#error PWNED\u2028.json")]
        [InlineData("x\u2029#error PWNED\u2029.json")]
        [InlineData("x\u0085#error PWNED\u0085.json")]
        [InlineData("x\n#error PWNED\n.json")]
        [InlineData("x\r#error PWNED\r.json")]
        [InlineData("x\u2028}} namespace Injected { public class Pwned { } } namespace Y {{\u2028.json")]
        public void A_file_name_cannot_end_the_header_comment(string fileName)
        {
            GeneratorRun run = Run(File("/p/" + fileName, OneString));

            AssertBuilds(run);
            Assert.Equal(new[] { "TestApp.UserCustomData" }, GeneratedClasses(run));
            string header = run.Source("UserCustomData.g.cs").Split('\n')[1];
            Assert.StartsWith("// Generated by FieldGen from x\\u", header);
            Assert.EndsWith("Edit the schema file, not this file.", header);
        }

        [Fact]
        public void Keys_labels_descriptions_and_options_cannot_leave_their_string_or_comment()
        {
            string[] hostile =
            {
                "*/ class A {} /*", "\" + X + \"", "back\\slash\\", "line\nbreak", "cr\rbreak", "ls\u2028break", "ps\u2029break",
                "nel\u0085break", "</summary><b>", "&amp;", "]]>", "#error PWNED", "bell\u0007", "nul\u0000", "del\u007F",
                "c1\u0090", "rlo\u202Eevil", "bom\uFEFF", "nonchar\uFFFE\uFFFF", "emoji\U0001F600",
            };
            var fields = hostile.Select((text, i) =>
                "{\"key\":" + Json(text) + ",\"dataType\":\"" + (i % 2 == 0 ? "STRING" : "ENUM") + "\",\"label\":" + Json(text) + ",\"description\":" + Json(text)
                + ",\"i18n\":{\"label\":{" + Json(text) + ":" + Json(text) + "}},\"options\":[{\"value\":" + Json(text) + ",\"label\":" + Json(text) + "}]}");
            GeneratorRun run = Run(File("/p/fields.json", "[" + string.Join(",", fields) + "]"));

            AssertBuilds(run);
            string source = run.Source("UserCustomData.g.cs");
            AssertAbsent("\u2028", source);
            AssertAbsent("\u0085", source);
            AssertAbsent("\uFFFE", source);
            AssertAbsent("\u202E", source);
            Assert.Equal(new[] { "TestApp.UserCustomData" }, GeneratedClasses(run));
        }

        [Fact]
        public void Labels_with_lone_surrogates_and_noncharacters_give_valid_doc_comments()
        {
            GeneratorRun run = Run(File("/p/fields.json", "[{\"key\":\"school\",\"dataType\":\"ENUM\",\"label\":\"a\\ud800b\\uffff\",\"description\":\"\\udc00\\ufffe\","
                + "\"options\":[{\"value\":\"pku\",\"label\":\"P\\ud801\"}]}]"));

            AssertBuilds(run);
            Assert.Contains("/// <summary>a\\uD800b\\uFFFF</summary>", run.Source("UserCustomData.g.cs"));
        }

        [Fact]
        public void A_key_with_a_lone_surrogate_is_FG0021_and_skipped()
        {
            GeneratorRun run = Run(File("/p/fields.json", "[{\"key\":\"a\\ud800b\",\"dataType\":\"STRING\"},{\"key\":\"\\udfff\",\"dataType\":\"NUMBER\"},{\"key\":\"ok\",\"dataType\":\"STRING\"},{\"key\":\"pair\\ud83d\\ude00\",\"dataType\":\"STRING\"}]"));

            Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "FG0021" && d.Severity == DiagnosticSeverity.Warning));
            AssertBuilds(run);
            string source = run.Source("UserCustomData.g.cs");
            AssertAbsent("\\uD800", source);
            AssertAbsent("\\uDFFF", source);
            Assert.Contains("public string? Ok\n", source);
            Assert.Contains("public const string Pair = \"pair\\uD83D\\uDE00\";", source);
        }

        [Fact]
        public void An_option_with_a_lone_surrogate_is_FG0021_and_never_becomes_U_FFFD()
        {
            GeneratorRun run = Run(File("/p/fields.json", "[{\"key\":\"tier\",\"dataType\":\"ENUM\",\"options\":[{\"value\":\"x\\ud800\"},{\"value\":\"gold\"}]}]"));

            Diagnostic skipped = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0021");
            Assert.Contains("tier", skipped.GetMessage());
            AssertBuilds(run);
            string source = run.Source("UserCustomData.g.cs");
            AssertAbsent("\uFFFD", source);
            AssertAbsent("\\uD800", source);
            Assert.Contains("            Gold,\n", source);
        }

        [Fact]
        public void Names_past_the_metadata_limit_are_shortened_with_a_stable_hash_and_FG0020()
        {
            string key = string.Concat(Enumerable.Repeat("学", 400));
            string option = new string('o', 1100);
            GeneratorRun run = Run(File("/p/fields.json", "[{\"key\":\"" + key + "\",\"dataType\":\"ENUM\",\"options\":[\"" + option + "\",\"" + option + "2\"]},{\"key\":\"" + key + "x\",\"dataType\":\"STRING\"}]"));

            Assert.Equal(4, run.GeneratorDiagnostics.Count(d => d.Id == "FG0020" && d.Severity == DiagnosticSeverity.Info));
            Assert.All(run.GeneratorDiagnostics.Where(d => d.Id == "FG0020"), d => Assert.True(d.GetMessage().Length < 1000));
            AssertBuilds(run);
            string source = run.Source("UserCustomData.g.cs");
            string enumName = CSharpIdentifiers.Shorten(key, key, out bool shortened);
            Assert.True(shortened);
            Assert.EndsWith("_" + StableHash.Hex8(key), enumName);
            Assert.Contains("public enum " + enumName + "\n", source);
            Assert.Contains("\"" + key + "\"", source);
            Assert.Contains("\"" + option + "\"", source);
            Assert.Contains("\"" + option + "2\"", source);
        }

        [Fact]
        public void Twenty_thousand_colliding_keys_get_the_first_free_suffixes_in_order()
        {
            // All of "x-", "x+", "x!"... become X; the suffix search must stay first-free (and, since issue 11, linear).
            string[] keys = Enumerable.Range(0, 20000).Select(i => "x" + new string('-', i % 3) + i.ToString("X", System.Globalization.CultureInfo.InvariantCulture).Replace('0', '!').Replace('1', '#')).ToArray();
            var allocator = new NameAllocator();
            string[] names = keys.Select(k => allocator.Allocate("X", k, out _)).ToArray();

            Assert.Equal("X", names[0]);
            Assert.Equal(Enumerable.Range(2, 19999).Select(i => "X_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), names.Skip(1));
            var mixed = new NameAllocator();
            mixed.Allocate("X", "a", out _);
            mixed.Allocate("X_3", "natural", out _);
            Assert.Equal("X_2", mixed.Allocate("X", "b", out _));
            Assert.Equal("X_4", mixed.Allocate("X", "c", out _));
        }

        private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
    }
}
