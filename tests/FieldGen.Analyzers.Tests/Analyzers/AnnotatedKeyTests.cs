using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>FG1001 (unknown key) and the hidden FG1007 (use the constant) wherever an annotated API takes a key.</summary>
    public sealed class AnnotatedKeyTests
    {
        [Fact]
        public Task Misspelled_key_suggests_the_nearest() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static object? M() => UserApi.GetField({|#0:"scool"|});
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));

        [Fact]
        public Task Key_near_nothing_lists_the_known_keys() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static object? M() => UserApi.GetField({|#0:"nickname"|});
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "nickname", "expected one of age, employee_id, graduated_at, is-verified, school"));

        [Fact]
        public Task Key_of_another_target_type_is_checked_against_that_type() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M()
                {
                    UserApi.SetRoleField("admin", "CC-1", {|#0:"cost_centre"|});
                    UserApi.SetRoleField("admin", "CC-1", {|#1:"school"|});
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("ROLE", "cost_centre", "did you mean 'cost_center'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(1).WithArguments("ROLE", "school", "expected one of cost_center, level"));

        [Fact]
        public Task Known_key_is_only_offered_its_constant() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static object? M() => UserApi.GetField({|#0:"school"|});
            }
            """,
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(0).WithArguments("USER", "school", "UserCustomData.Keys.School"));

        [Fact]
        public Task Keys_computed_at_run_time_are_not_checked() => Verify.AnalyzerAsync(
            """
            static class C
            {
                const string Known = "school";

                static void M(string fromCaller)
                {
                    UserApi.GetField(fromCaller);
                    UserApi.GetField(Known);
                    UserApi.GetField(UserCustomData.Keys.School);
                    UserApi.GetField($"{fromCaller}-x");
                    UserApi.GetField(fromCaller + "x");
                }
            }
            """);

        [Fact]
        public Task Named_constants_are_checked_like_literals_but_not_offered_a_literal() => Verify.AnalyzerAsync(
            """
            static class C
            {
                const string Misspelled = "scool";
                const string Prefix = "emp";

                static void M()
                {
                    UserApi.GetField({|#0:Misspelled|});
                    UserApi.GetField({|#1:Prefix + "loyee-id"|});
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(1).WithArguments("USER", "employee-id", "did you mean 'employee_id'?"));

        [Fact]
        public Task Unannotated_APIs_are_not_checked() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(Dictionary<string, object?> values)
                {
                    UserApi.SetUnannotated("scool", "mit");
                    values["scool"] = "mit";
                    values.Add("agee", "old");
                    var literal = new Dictionary<string, object?> { ["scool"] = 1 };
                }
            }
            """);

        [Fact]
        public Task Target_type_without_schema_fields_is_not_checked() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M() => UserApi.SetGroupField("anything", 1);
            }
            """);

        [Fact]
        public Task Key_properties_are_checked_when_assigned_and_initialized() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(CustomDataItem item)
                {
                    item.Key = {|#0:"scool"|};
                    var other = new CustomDataItem { Key = {|#1:"agee"|} };
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(1).WithArguments("USER", "agee", "did you mean 'age'?"));

        [Fact]
        public Task Record_constructor_and_extension_method_keys_are_checked() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(SdkClient client)
                {
                    var items = new List<SetCustomDataItem> { new SetCustomDataItem({|#0:"scool"|}, "pku"), new({|#1:"age"|}, 18) };
                    client.SetOnClient({|#2:"employe_id"|}, "E-1");
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"),
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(1).WithArguments("USER", "age", "UserCustomData.Keys.Age"),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(2).WithArguments("USER", "employe_id", "did you mean 'employee_id'?"));

        [Fact]
        public Task Annotated_Add_and_indexer_keys_are_checked_in_initializers_and_calls() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(UserFieldBag bag)
                {
                    var added = new UserFieldBag { { {|#0:"scool"|}, "pku" } };
                    var indexed = new UserFieldBag { [{|#1:"agee"|}] = 18 };
                    bag.Add({|#2:"is_verified"|}, true);
                    object? read = bag[{|#3:"graduatedat"|}];
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(1).WithArguments("USER", "agee", "did you mean 'age'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(2).WithArguments("USER", "is_verified", "did you mean 'is-verified'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(3).WithArguments("USER", "graduatedat", "did you mean 'graduated_at'?"));

        [Fact]
        public Task Dictionary_passed_to_an_annotated_parameter_has_its_keys_checked() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M()
                {
                    UserApi.SetMany(new Dictionary<string, object?> { [{|#0:"scool"|}] = "pku" });
                    UserApi.SetMany(new Dictionary<string, object?> { { {|#1:"age"|}, 18 } });
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"),
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(1).WithArguments("USER", "age", "UserCustomData.Keys.Age"));

        [Fact]
        public Task Wrappers_annotated_in_a_referenced_library_are_checked()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>
            {
                TestCode = Verify.Usings + """
                    static class C
                    {
                        static void M() => Wrappers.TeamSdk.SetUserField({|#0:"scool"|}, "pku");
                    }
                    """,
            };
            test.TestState.AdditionalProjects["Wrappers"].Sources.Add("""
                namespace Wrappers
                {
                    public static class TeamSdk
                    {
                        public static void SetUserField(
                            [FieldGen.CustomFieldKey(FieldGen.CustomFieldTarget.User)] string key,
                            [FieldGen.CustomFieldValue] object? value) { }
                    }
                }
                """);
            test.TestState.AdditionalProjects["Wrappers"].AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(UnknownCustomFields).Assembly.Location));
            test.TestState.AdditionalProjectReferences.Add("Wrappers");
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));
            return test.RunAsync();
        }
    }
}
