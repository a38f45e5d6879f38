using System.Collections.Generic;
using System.Linq;
using FieldGen.Generator.Tests.Infrastructure;
using FieldGen.Model;
using FieldGen.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>Every schema form a user can export is accepted, with its quirks.</summary>
    public class SchemaFormTests
    {
        private static readonly SchemaFileOptions NoOptions = new(null, null, false, EquatableArray<string>.Empty);

        private static SchemaFileSpec Parse(string text, SchemaFileOptions? options = null) =>
            SchemaFileParser.Parse("/project/fields.json", text, options ?? NoOptions);

        [Fact]
        public void V3_envelope_with_data_as_an_array()
        {
            SchemaFileSpec spec = Parse("{\"statusCode\":200,\"data\":[{\"targetType\":\"ROLE\",\"key\":\"a\",\"dataType\":\"STRING\"},{\"targetType\":\"GROUP\",\"key\":\"b\",\"dataType\":\"NUMBER\"}]}");

            Assert.Equal(SchemaFileParser.FormV3, spec.Form);
            Assert.Equal(new[] { "ROLE:a", "GROUP:b" }, spec.Fields.Select(f => f.TargetType + ":" + f.Key));
        }

        [Fact]
        public void V3_envelope_with_data_as_one_object_and_options_as_a_json_string_like_the_published_sample()
        {
            SchemaFileSpec spec = Parse(Examples.Text("v3-get-custom-fields.doc-sample.json"));

            CustomFieldSpec school = Assert.Single(spec.Fields);
            Assert.Equal(FieldDataType.Enum, school.DataType);
            Assert.Equal("pku", Assert.Single(school.Options).Value);
            Assert.Equal("北大学", school.Options[0].Label);
            // The sample's three i18n labels all say "enabled": false: languages the tenant switched off.
            Assert.Empty(school.Labels);
        }

        [Fact]
        public void A_bare_array_and_a_single_field_object_are_accepted()
        {
            Assert.Single(Parse("[{\"key\":\"a\",\"dataType\":\"STRING\"}]").Fields);
            Assert.Single(Parse("{\"key\":\"a\",\"dataType\":\"STRING\"}").Fields);
            Assert.Single(Parse("{\"data\":[{\"key\":\"a\",\"dataType\":\"STRING\"}]}").Fields);
        }

        [Fact]
        public void An_array_of_whole_responses_one_per_target_type_is_accepted_and_a_failed_one_is_reported()
        {
            SchemaFileSpec spec = Parse("[{\"statusCode\":200,\"data\":[{\"targetType\":\"USER\",\"key\":\"a\",\"dataType\":\"STRING\"}]}," +
                "{\"statusCode\":200,\"data\":{\"targetType\":\"ROLE\",\"key\":\"b\",\"dataType\":\"NUMBER\"}}," +
                "{\"statusCode\":403,\"message\":\"no access\",\"data\":null}]");

            Assert.Equal(SchemaFileParser.FormV3, spec.Form);
            Assert.Equal(new[] { "USER:a", "ROLE:b" }, spec.Fields.Select(f => f.TargetType + ":" + f.Key));
            DiagnosticInfo failure = Assert.Single(spec.Diagnostics);
            Assert.Equal("FG0014", failure.Id);
            Assert.Equal("403", failure.MessageArgs[1]);
        }

        [Fact]
        public void An_object_keyed_by_target_type_is_read_like_the_normalized_groups()
        {
            SchemaFileSpec spec = Parse("{\"USER\":[{\"key\":\"a\",\"dataType\":\"STRING\"}],\"department\":[{\"key\":\"b\",\"dataType\":\"BOOLEAN\"}]}");

            Assert.Empty(spec.Diagnostics);
            Assert.Equal(new[] { "USER:a", "DEPARTMENT:b" }, spec.Fields.Select(f => f.TargetType + ":" + f.Key));
            Assert.Contains(Parse("{\"USER\":{\"key\":\"a\"}}").Diagnostics, d => d.Id == "FG0002" && d.MessageArgs[1].Contains("'USER' is an object"));
        }

        [Fact]
        public void Missing_optional_members_and_any_subset_of_i18n_languages_are_fine()
        {
            SchemaFileSpec spec = Parse("[{\"key\":\"a\",\"dataType\":\"STRING\",\"i18n\":{\"label\":{\"ja-JP\":{\"enabled\":true,\"value\":\"エー\"}}}},{\"key\":\"b\",\"dataType\":\"BOOLEAN\",\"i18n\":{}},{\"key\":\"c\",\"dataType\":\"DATETIME\",\"i18n\":null,\"options\":null}]");

            Assert.Empty(spec.Diagnostics);
            Assert.Equal("ja-JP", Assert.Single(spec.Fields[0].Labels).Language);
            Assert.All(spec.Fields, f => Assert.Equal("USER", f.TargetType));
        }

        [Fact]
        public void V2_udfs_search_leaves_built_in_fields_out_by_default()
        {
            string v2 = "{\"code\":200,\"message\":\"ok\",\"data\":{\"count\":{\"all\":2},\"list\":[" +
                "{\"key\":\"username\",\"label\":\"用户名\",\"labelEn\":\"Username\",\"dataType\":\"STRING\",\"targetType\":\"USER\",\"isBase\":true}," +
                "{\"key\":\"badge\",\"label\":\"工号\",\"labelEn\":\"Badge\",\"dataType\":\"SELECT\",\"options\":[{\"value\":\"a\",\"label\":\"A\"}],\"targetType\":\"USER\",\"isBase\":false,\"validateRules\":[{\"type\":\"UNIQUE\",\"content\":\"\",\"error\":\"dup\"}]}]}}";

            SchemaFileSpec spec = Parse(v2);

            Assert.Equal(SchemaFileParser.FormV2, spec.Form);
            CustomFieldSpec badge = Assert.Single(spec.Fields);
            Assert.Equal(FieldDataType.Enum, badge.DataType);
            Assert.True(badge.IsUnique);
            Assert.Contains(new LocalizedLabel("en-US", "Badge"), badge.Labels);
            Assert.Equal(2, Parse(v2, NoOptions with { IncludeBuiltInFields = true }).Fields.Count);
        }

        [Fact]
        public void The_published_v2_sample_with_only_built_in_fields_generates_nothing_and_says_so()
        {
            GeneratorRun run = GeneratorHarness.Run(Examples.File("v2-udfs-search.doc-sample.json"));

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0015");
            Assert.Empty(run.Result.Results.Single().GeneratedSources);
        }

        [Fact]
        public void The_normalized_FieldGen_form_takes_target_types_from_its_groups()
        {
            SchemaFileSpec spec = Parse(System.IO.File.ReadAllText("Schemas/normalized-three-targets.json"));

            Assert.Equal(SchemaFileParser.FormNormalized, spec.Form);
            Assert.Equal(new[] { "USER", "USER", "ROLE", "GROUP" }, spec.Fields.Select(f => f.TargetType));
        }

        [Fact]
        public void A_newer_normalized_version_is_refused_with_FG0002()
        {
            SchemaFileSpec spec = Parse("{\"fieldgenSchema\":2,\"fields\":{}}");

            Assert.Contains(spec.Diagnostics, d => d.Id == "FG0002" && d.MessageArgs[1].Contains("version 1"));
        }

        [Fact]
        public void Several_files_merge_by_target_type()
        {
            GeneratorRun run = GeneratorHarness.Run(
                new SchemaFile("/project/users-a.json", "[{\"key\":\"a\",\"dataType\":\"STRING\"}]"),
                new SchemaFile("/project/users-b.json", "[{\"key\":\"b\",\"dataType\":\"NUMBER\"},{\"key\":\"a\",\"dataType\":\"STRING\"}]"),
                new SchemaFile("/project/roles.json", "[{\"targetType\":\"ROLE\",\"key\":\"c\",\"dataType\":\"BOOLEAN\"}]"));

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
            string user = run.Source("UserCustomData.g.cs");
            Assert.Contains("public string? A\n", user);
            Assert.Contains("public double? B\n", user);
            Assert.Contains("public bool? C\n", run.Source("RoleCustomData.g.cs"));
        }

        [Fact]
        public void The_same_key_defined_differently_is_FG0007_naming_both_places()
        {
            GeneratorRun run = GeneratorHarness.Run(
                new SchemaFile("/project/a.json", "[{\"key\":\"age\",\"dataType\":\"NUMBER\"}]"),
                new SchemaFile("/project/b.json", "[\n  {\"key\":\"age\",\"dataType\":\"STRING\"}]"));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "FG0007");
            Assert.Contains("a.json(1,9)", d.GetMessage());
            Assert.Contains("b.json(2,10)", d.GetMessage());
            Assert.Equal("/project/b.json", d.Location.GetLineSpan().Path);
            Assert.Contains("public double? Age\n", run.Source("UserCustomData.g.cs"));
        }

        [Fact]
        public void Item_metadata_sets_namespace_class_name_target_types_and_built_in_fields()
        {
            var metadata = new Dictionary<string, string>
            {
                ["Namespace"] = "Acme.Identity",
                ["ClassName"] = "{Target}Fields",
                ["TargetTypes"] = "ROLE; user",
                ["IncludeBuiltInFields"] = "true",
            };
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/all.json",
                "{\"code\":200,\"data\":{\"list\":[{\"key\":\"username\",\"dataType\":\"STRING\",\"targetType\":\"USER\",\"isBase\":true},{\"key\":\"x\",\"dataType\":\"STRING\",\"targetType\":\"ROLE\"},{\"key\":\"y\",\"dataType\":\"STRING\",\"targetType\":\"GROUP\"}]}}",
                metadata));

            Assert.Equal(
                new[] { "Acme.Identity.RoleFields.g.cs", "Acme.Identity.UserFields.g.cs" },
                run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n));
            Assert.Contains("namespace Acme.Identity", run.Source("UserFields.g.cs"));
            Assert.Contains("public string? Username\n", run.Source("UserFields.g.cs"));
            Assert.Empty(run.CompilationErrorsAndWarnings);
        }

        [Fact]
        public void Invalid_metadata_is_FG0013()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/f.json", "[{\"key\":\"a\",\"dataType\":\"STRING\"}]",
                new Dictionary<string, string> { ["Namespace"] = "1Bad.Name", ["ClassName"] = "class", ["TargetTypes"] = "USER;APP" }));

            Assert.Equal(3, run.GeneratorDiagnostics.Count(d => d.Id == "FG0013"));
            Assert.Contains("namespace TestApp", run.Source("UserCustomData.g.cs"));
        }

        [Fact]
        public void One_class_name_for_two_target_types_is_FG0017()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/f.json",
                "[{\"key\":\"a\",\"dataType\":\"STRING\"},{\"targetType\":\"ROLE\",\"key\":\"b\",\"dataType\":\"STRING\"}]",
                new Dictionary<string, string> { ["ClassName"] = "Shared" }));

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0017");
            Assert.Empty(run.CompilationErrorsAndWarnings);
        }

        [Fact]
        public void Select_is_the_pre_2022_name_of_enum()
        {
            SchemaFileSpec spec = Parse("[{\"key\":\"a\",\"dataType\":\"SELECT\",\"options\":[\"x\",\"y\"]}]");

            Assert.Equal(FieldDataType.Enum, spec.Fields[0].DataType);
            Assert.Equal(new[] { "x", "y" }, spec.Fields[0].Options.Select(o => o.Value));
        }
    }
}
