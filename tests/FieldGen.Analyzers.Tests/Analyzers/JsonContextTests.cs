using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>FG1009: a JsonSerializerContext that reaches a class the generator adds to the same compilation.</summary>
    public sealed class JsonContextTests
    {
        private const string Context = @"
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using App;

public sealed class AppUser
{
    public string Id { get; set; } = """";
    public UserCustomData? CustomData { get; set; }
}

public sealed class Team
{
    public List<AppUser> Members { get; set; } = new List<AppUser>();
}

public sealed class Plain
{
    public string Name { get; set; } = """";
}
";

        [Fact]
        public Task A_context_reaching_the_generated_class_through_a_property_is_told_the_fix() =>
            RunAsync(
                Context + @"
[{|#0:JsonSerializable(typeof(AppUser))|}]
public abstract partial class AppJsonContext : JsonSerializerContext
{
    protected AppJsonContext() : base(null) { }
}
",
                new DiagnosticResult("FG1009", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("AppJsonContext", "UserCustomData", "AppUser.CustomData"));

        [Fact]
        public Task A_context_reaching_it_through_a_list_is_reported_with_the_path() =>
            RunAsync(
                Context + @"
[{|#0:JsonSerializable(typeof(Team))|}]
[JsonSerializable(typeof(Plain))]
public abstract partial class AppJsonContext : JsonSerializerContext
{
    protected AppJsonContext() : base(null) { }
}
",
                new DiagnosticResult("FG1009", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("AppJsonContext", "UserCustomData", "Team.Members<AppUser>.CustomData"));

        [Fact]
        public void The_message_names_every_fix_first_FieldGenEmitSources()
        {
            string message = FieldGen.Diagnostics.DiagnosticDescriptors.JsonContextReachesGeneratedClass.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);

            int emitSources = message.IndexOf("<FieldGenEmitSources>true</FieldGenEmitSources>", StringComparison.Ordinal);
            Assert.True(emitSources > 0, message);
            Assert.True(emitSources < message.IndexOf("class library", StringComparison.Ordinal), message);
            Assert.Contains("JsonSerializer without it", message);
        }

        [Fact]
        public Task A_context_of_other_types_is_quiet() =>
            RunAsync(Context + @"
[JsonSerializable(typeof(Plain))]
[JsonSerializable(typeof(List<string>))]
public abstract partial class AppJsonContext : JsonSerializerContext
{
    protected AppJsonContext() : base(null) { }
}
");

        private static Task RunAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new JsonContextTest { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private sealed class JsonContextTest : CSharpCodeFixTest<JsonContextAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
        {
            public JsonContextTest()
            {
                ReferenceAssemblies = FieldGenTest<FieldGen.CodeFixes.ReplaceExpressionCodeFixProvider>.Net80;
                TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(UnknownCustomFields).Assembly.Location));
                TestState.AdditionalFiles.Add(("/0/custom-fields.json", Schemas.UserAndRole));
                TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.RootNamespace = App\n[/0/custom-fields.json]\nbuild_metadata.AdditionalFiles.FieldGenSchema = true\n"));
                TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            }

            protected override IEnumerable<Type> GetSourceGenerators()
            {
                yield return typeof(CustomDataGenerator);
            }
        }
    }
}
