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
        public void A_context_reaching_it_through_a_list_names_the_path_and_other_contexts_are_quiet()
        {
            const string source = @"
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TestApp
{
    public sealed class AppUser { public UserCustomData? CustomData { get; set; } }
    public sealed class Team { public List<AppUser> Members { get; set; } = new List<AppUser>(); }
    public sealed class Plain { public string Name { get; set; } = """"; }

    [JsonSerializable(typeof(Team))]
    [JsonSerializable(typeof(Plain))]
    internal sealed partial class AppJsonContext : JsonSerializerContext { }

    [JsonSerializable(typeof(Plain))]
    internal sealed partial class OtherContext : JsonSerializerContext { }
}
";

            (ImmutableArray<Diagnostic> diagnostics, _) = Run(new Dictionary<string, string> { ["RootNamespace"] = "TestApp" }, source);

            Diagnostic fg1009 = Assert.Single(diagnostics, d => d.Id == "FG1009");
            Assert.Contains("'AppJsonContext' serializes UserCustomData (Team.Members<AppUser>.CustomData)", fg1009.GetMessage(), System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_message_names_every_fix_first_FieldGenEmitSources()
        {
            (ImmutableArray<Diagnostic> diagnostics, _) = Run(new Dictionary<string, string> { ["RootNamespace"] = "TestApp" });
            string message = Assert.Single(diagnostics, d => d.Id == "FG1009").GetMessage();

            int emitSources = message.IndexOf("<FieldGenEmitSources>true</FieldGenEmitSources>", System.StringComparison.Ordinal);
            Assert.True(emitSources > 0, message);
            Assert.True(emitSources < message.IndexOf("class library", System.StringComparison.Ordinal), message);
            Assert.Contains("JsonSerializer without it", message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Under_FieldGenEmitSources_the_generator_adds_no_source_and_no_FG1009()
        {
            (ImmutableArray<Diagnostic> diagnostics, int sources) = Run(new Dictionary<string, string> { ["RootNamespace"] = "TestApp", ["FieldGenEmitSources"] = "true" });

            Assert.DoesNotContain(diagnostics, d => d.Id == "FG1009");
            Assert.Equal(0, sources);
        }

        private static (ImmutableArray<Diagnostic> Diagnostics, int Sources) Run(IReadOnlyDictionary<string, string> properties, string source = Source)
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Examples.File("v3-get-custom-fields.doc-sample.json") }, properties, new CSharpParseOptions(LanguageVersion.Latest))
                .RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);
            return (diagnostics, driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Length));
        }
    }
}
