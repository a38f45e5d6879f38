using System.Collections.Generic;
using System.Linq;
using FieldGen.Generator.Tests.Infrastructure;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>The generated source for the shared examples and a rich schema, compared to checked-in snapshots.</summary>
    public class SnapshotTests
    {
        [Fact]
        public void V3DocSample_generates_UserCustomData()
        {
            GeneratorRun run = GeneratorHarness.Run(Examples.File("v3-get-custom-fields.doc-sample.json"));

            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            Snapshot.Verify(run.Source("UserCustomData.g.cs"));
        }

        [Fact]
        public void V2DocSample_with_built_in_fields_generates_UserCustomData()
        {
            GeneratorRun run = GeneratorHarness.Run(Examples.File("v2-udfs-search.doc-sample.json", new Dictionary<string, string> { ["IncludeBuiltInFields"] = "true" }));

            Snapshot.Verify(run.Source("UserCustomData.g.cs"));
        }

        [Theory]
        [InlineData("UserCustomData")]
        [InlineData("RoleCustomData")]
        [InlineData("GroupCustomData")]
        [InlineData("DepartmentCustomData")]
        public void RichSchema_generates_one_class_per_target_type(string className)
        {
            GeneratorRun run = GeneratorHarness.Run(Examples.File("rich.get-custom-fields.json"));

            Snapshot.Verify(run.Source(className + ".g.cs"), "RichSchema_" + className);
        }

        [Fact]
        public void NormalizedSchema_generates_every_target_type()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/normalized.json", System.IO.File.ReadAllText("Schemas/normalized-three-targets.json")));

            Assert.Equal(
                new[] { "TestApp.GroupCustomData.g.cs", "TestApp.RoleCustomData.g.cs", "TestApp.UserCustomData.g.cs" },
                run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n));
            Snapshot.Verify(run.Source("UserCustomData.g.cs"), "Normalized_UserCustomData");
        }

        [Fact]
        public void Metadata_with_i18n_flags_clashing_keys_and_tombstones()
        {
            GeneratorRun run = GeneratorHarness.Run(new SchemaFile("/project/metadata.json", System.IO.File.ReadAllText("Schemas/metadata-i18n.json")));

            Snapshot.Verify(run.Source("UserCustomData.g.cs"), "Metadata_UserCustomData");
        }
    }
}
