using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>Short keys get a "did you mean" too (a two-character Chinese key one character off), and every message is one line.</summary>
    public sealed class SuggestionTests
    {
        private const string ChineseKeys = """
            [
              { "targetType": "USER", "dataType": "STRING", "key": "部门", "label": "Department" },
              { "targetType": "USER", "dataType": "STRING", "key": "学号", "label": "Student number" },
              { "targetType": "USER", "dataType": "NUMBER", "key": "age", "label": "Age" }
            ]
            """;

        [Fact]
        public Task A_Chinese_key_one_character_off_gets_the_key_suggested_and_fixed()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>(ChineseKeys)
            {
                TestCode = Verify.Usings + """
                    static class C
                    {
                        static object? M() => UserApi.GetField({|#0:"部们"|});
                    }
                    """ + WrapperApi.Source,
                FixedCode = Verify.Usings + """
                    static class C
                    {
                        static object? M() => UserApi.GetField(UserCustomData.Keys.部门);
                    }
                    """ + WrapperApi.Source,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "部们", "did you mean '部门'?"));
            return test.RunAsync();
        }

        [Fact]
        public Task A_key_with_a_line_break_is_shown_escaped_so_the_message_stays_one_line() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static object? M() => UserApi.GetField({|#0:"sc\nool"|});
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "sc\\u000Aool", "did you mean 'school'?"));
    }
}
