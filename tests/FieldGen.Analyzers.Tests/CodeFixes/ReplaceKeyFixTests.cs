using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.CodeFixes
{
    /// <summary>Fixes that replace a key: with the suggestion (FG1001, FG1005) or the generated constant (FG1001, FG1007).</summary>
    public sealed class ReplaceKeyFixTests
    {
        [Fact]
        public Task Unknown_key_becomes_the_suggested_key()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>
            {
                TestCode = Verify.Usings + """
                    static class C
                    {
                        static object? M() => UserApi.GetField({|#0:"scool"|});
                    }
                    """ + WrapperApi.Source,
                FixedCode = Verify.Usings + """
                    static class C
                    {
                        static object? M() => UserApi.GetField({|#1:"school"|});
                    }
                    """ + WrapperApi.Source,
                CodeActionEquivalenceKey = "FG1001.Suggestion0",
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));

            // The fixed key is known, so it is offered its constant next.
            test.FixedState.ExpectedDiagnostics.Add(Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(1).WithArguments("USER", "school", "UserCustomData.Keys.School"));
            return test.RunAsync();
        }

        [Fact]
        public Task Unknown_key_becomes_the_suggested_key_constant() => Verify.FixAsync<ReplaceExpressionCodeFixProvider>(
            """
            static class C
            {
                static object? M() => UserApi.GetField({|#0:"scool"|});
            }
            """,
            """
            static class C
            {
                static object? M() => UserApi.GetField(UserCustomData.Keys.School);
            }
            """,
            "FG1001.Constant",
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));

        [Fact]
        public Task Misspelled_named_constant_is_replaced_by_the_generated_constant_not_a_literal()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>
            {
                TestCode = Verify.Usings + """
                    static class C
                    {
                        const string Misspelled = "scool";
                        static object? M() => UserApi.GetField({|#0:Misspelled|});
                    }
                    """ + WrapperApi.Source,
                FixedCode = Verify.Usings + """
                    static class C
                    {
                        const string Misspelled = "scool";
                        static object? M() => UserApi.GetField(UserCustomData.Keys.School);
                    }
                    """ + WrapperApi.Source,
                CodeActionEquivalenceKey = "FG1001.Constant",
                // The generated constant is the only fix: a literal would hide the misspelled declaration.
                CodeActionIndex = 0,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));
            return test.RunAsync();
        }

        [Fact]
        public Task Known_key_becomes_the_generated_constant() => Verify.FixAsync<ReplaceExpressionCodeFixProvider>(
            """
            static class C
            {
                static void M(CustomDataItem item)
                {
                    UserApi.SetField({|#0:"is-verified"|}, true);
                    item.Key = {|#1:"graduated_at"|};
                }
            }
            """,
            """
            static class C
            {
                static void M(CustomDataItem item)
                {
                    UserApi.SetField(UserCustomData.Keys.IsVerified, true);
                    item.Key = UserCustomData.Keys.GraduatedAt;
                }
            }
            """,
            "FG1007.Constant",
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(0).WithArguments("USER", "is-verified", "UserCustomData.Keys.IsVerified"),
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(1).WithArguments("USER", "graduated_at", "UserCustomData.Keys.GraduatedAt"));

        [Fact]
        public Task Constant_is_qualified_where_its_namespace_is_not_imported()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>
            {
                TestCode = Verify.RuntimeUsings + """
                    static class C
                    {
                        static object? M() => UserApi.GetField({|#0:"age"|});
                    }
                    """ + WrapperApi.Source,
                FixedCode = Verify.RuntimeUsings + """
                    static class C
                    {
                        static object? M() => UserApi.GetField(App.UserCustomData.Keys.Age);
                    }
                    """ + WrapperApi.Source,
            };
            test.ExpectedDiagnostics.Add(Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(0).WithArguments("USER", "age", "UserCustomData.Keys.Age"));
            return test.RunAsync();
        }

        [Fact]
        public Task Misspelled_UnknownFields_key_becomes_the_schema_key()
        {
            var test = new FieldGenTest<UseTypedPropertyCodeFixProvider>
            {
                TestCode = Verify.Usings + """
                    static class C
                    {
                        static void M(UserCustomData user) => user.UnknownFields.Set({|#0:"scool"|}, "pku");
                    }
                    """,
                FixedCode = Verify.Usings + """
                    static class C
                    {
                        static void M(UserCustomData user) => user.UnknownFields.Set({|#1:"school"|}, "pku");
                    }
                    """,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.MisspelledUnknownFieldsKey).WithLocation(0).WithArguments("scool", "USER", "'school'"));

            // The fixed key is a schema key, so the next fix (FG1004) moves it to the typed property.
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(1).WithArguments("school", "USER", "UserCustomData.SchoolValue"));
            return test.RunAsync();
        }
    }
}
