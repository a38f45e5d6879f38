using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>When the analyzer stays silent (no schema files) and how users set its severities.</summary>
    public sealed class ConfigurationTests
    {
        // Mistakes of every kind an annotated API can hold; none may be reported without a schema.
        private const string Mistakes = """
            static class C
            {
                static void M(UserFieldBag bag)
                {
                    UserApi.SetField("scool", "mit");
                    UserApi.SetField("age", "eighteen");
                    bag["agee"] = 1;
                    UserApi.SetMany(new Dictionary<string, object?> { ["scool"] = 1 });
                }
            }
            """;

        [Fact]
        public Task Project_without_schema_files_reports_nothing() =>
            new FieldGenTest<ReplaceExpressionCodeFixProvider>(schema: null) { TestCode = Verify.RuntimeUsings + Mistakes + WrapperApi.Source }.RunAsync();

        [Fact]
        public Task Additional_file_not_marked_as_schema_reports_nothing() =>
            new FieldGenTest<ReplaceExpressionCodeFixProvider>(markedAsSchema: false) { TestCode = Verify.RuntimeUsings + Mistakes + WrapperApi.Source }.RunAsync();

        [Fact]
        public Task Editorconfig_sets_severities_like_any_analyzer()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>
            {
                TestCode = Verify.Usings + """
                    static class C
                    {
                        static void M()
                        {
                            UserApi.GetField({|#0:"scool"|});
                            UserApi.SetField(UserCustomData.Keys.Age, "eighteen");
                            UserApi.GetField({|#1:"age"|});
                        }
                    }
                    """ + WrapperApi.Source,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
                root = true

                [*.cs]
                dotnet_diagnostic.FG1001.severity = suggestion
                dotnet_diagnostic.FG1003.severity = none
                dotnet_diagnostic.FG1007.severity = error
                """));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticIds.UnknownKey, DiagnosticSeverity.Info).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticIds.UseKeyConstant, DiagnosticSeverity.Error).WithLocation(1).WithArguments("USER", "age", "UserCustomData.Keys.Age"));
            return test.RunAsync();
        }
    }
}
