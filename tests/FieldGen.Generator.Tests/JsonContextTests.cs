using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FieldGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>
    /// FG1009 from the generator: csc runs no analyzer after the STJ generator's CS0246, so only a
    /// generator diagnostic reaches the build log; under FieldGenEmitSources=true the generator adds no
    /// source and says nothing (the classes are then real source, written by the MSBuild step).
    /// </summary>
    public sealed class JsonContextTests
    {
        private const string Source = @"
using System.Text.Json.Serialization;

namespace TestApp
{
    public sealed class AppUser
    {
        public UserCustomData? CustomData { get; set; }
    }

    [JsonSerializable(typeof(AppUser))]
    internal sealed partial class AppJsonContext : JsonSerializerContext
    {
    }
}
";

        [Fact]
        public void A_context_reaching_the_class_is_reported_at_its_attribute_with_the_path()
        {
            (ImmutableArray<Diagnostic> diagnostics, int sources) = Run(new Dictionary<string, string> { ["RootNamespace"] = "TestApp" });

            Diagnostic fg1009 = Assert.Single(diagnostics, d => d.Id == "FG1009");
            Assert.Contains("'AppJsonContext' serializes UserCustomData (AppUser.CustomData)", fg1009.GetMessage(), System.StringComparison.Ordinal);
            Assert.Equal("Consumer.cs(11,6)", System.IO.Path.GetFileName(fg1009.Location.GetLineSpan().Path) + "(" + (fg1009.Location.GetLineSpan().StartLinePosition.Line + 1) + "," + (fg1009.Location.GetLineSpan().StartLinePosition.Character + 1) + ")");
            Assert.True(sources > 0);
        }

        [Fact]
        public void Under_FieldGenEmitSources_the_generator_adds_no_source_and_no_FG1009()
        {
            (ImmutableArray<Diagnostic> diagnostics, int sources) = Run(new Dictionary<string, string> { ["RootNamespace"] = "TestApp", ["FieldGenEmitSources"] = "true" });

            Assert.DoesNotContain(diagnostics, d => d.Id == "FG1009");
            Assert.Equal(0, sources);
        }

        private static (ImmutableArray<Diagnostic> Diagnostics, int Sources) Run(IReadOnlyDictionary<string, string> properties)
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Examples.File("v3-get-custom-fields.doc-sample.json") }, properties, new CSharpParseOptions(LanguageVersion.Latest))
                .RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);
            return (diagnostics, driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Length));
        }
    }
}
