using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FieldGen.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// Fix-all across a document and a project. Every fix test already runs fix-all in document,
    /// project and solution scope; here each scope alone must fix every diagnostic in two files.
    /// </summary>
    public sealed class FixAllTests
    {
        private const string First = """
            static class First
            {
                static void M()
                {
                    UserApi.GetField({|#0:"scool"|});
                    UserApi.GetField({|#1:"agee"|});
                }
            }
            """;

        private const string Second = """
            static class Second
            {
                static void M(UserFieldBag bag) => bag[{|#2:"employe_id"|}] = "E-1";
            }
            """;

        private const string FirstFixed = """
            static class First
            {
                static void M()
                {
                    UserApi.GetField("school");
                    UserApi.GetField("age");
                }
            }
            """;

        private const string SecondFixed = """
            static class Second
            {
                static void M(UserFieldBag bag) => bag["employee_id"] = "E-1";
            }
            """;

        [Theory]
        [InlineData(CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck)]
        [InlineData(CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck)]
        public Task Fix_all_replaces_every_misspelled_key(CodeFixTestBehaviors onlyOneScope)
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>
            {
                CodeActionEquivalenceKey = "FG1001.Suggestion0",
                CodeFixTestBehaviors = onlyOneScope,
            };
            test.TestState.Sources.Add(Verify.Usings + First + WrapperApi.Source);
            test.TestState.Sources.Add(Verify.Usings + Second);
            test.FixedState.Sources.Add(Verify.Usings + FirstFixed + WrapperApi.Source);
            test.FixedState.Sources.Add(Verify.Usings + SecondFixed);
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(1).WithArguments("USER", "agee", "did you mean 'age'?"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(2).WithArguments("USER", "employe_id", "did you mean 'employee_id'?"));

            // The fixed keys are known, so each gets the hidden "use the constant" diagnostic.
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.FixedState.ExpectedDiagnostics.Add(Verify.Hidden(DiagnosticIds.UseKeyConstant).WithSpan("/0/Test0.cs", 8, 26, 8, 34).WithArguments("USER", "school", "UserCustomData.Keys.School"));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Hidden(DiagnosticIds.UseKeyConstant).WithSpan("/0/Test0.cs", 9, 26, 9, 31).WithArguments("USER", "age", "UserCustomData.Keys.Age"));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Hidden(DiagnosticIds.UseKeyConstant).WithSpan("/0/Test1.cs", 6, 44, 6, 57).WithArguments("USER", "employee_id", "UserCustomData.Keys.EmployeeId"));
            return test.RunAsync();
        }
    }
}
