using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>FG1004 (schema key in UnknownFields) and FG1005 (a near miss of one).</summary>
    public sealed class UnknownFieldsTests
    {
        [Fact]
        public Task Schema_keys_in_UnknownFields_name_the_typed_property() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(UserCustomData user)
                {
                    user.UnknownFields.Set({|#0:"age"|}, "18");
                    bool held = user.UnknownFields.TryGetValue({|#1:"school"|}, out _);
                    bool contains = user.UnknownFields.ContainsKey({|#2:"is-verified"|});
                    var raw = user.UnknownFields[{|#3:"employee_id"|}];
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(0).WithArguments("age", "USER", "UserCustomData.Age"),
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(1).WithArguments("school", "USER", "UserCustomData.SchoolValue"),
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(2).WithArguments("is-verified", "USER", "UserCustomData.IsVerified"),
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(3).WithArguments("employee_id", "USER", "UserCustomData.EmployeeId"));

        [Fact]
        public Task Near_misses_of_schema_keys_are_probable_typos() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(UserCustomData? user)
                {
                    user!.UnknownFields.Set({|#0:"scool"|}, "pku");
                    bool held = user?.UnknownFields.ContainsKey({|#1:"Age"|}) == true;
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.MisspelledUnknownFieldsKey).WithLocation(0).WithArguments("scool", "USER", "'school'"),
            Verify.Diagnostic(DiagnosticIds.MisspelledUnknownFieldsKey).WithLocation(1).WithArguments("Age", "USER", "'age'"));

        [Fact]
        public Task Keys_the_schema_does_not_know_are_what_UnknownFields_is_for() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(UserCustomData user, string key)
                {
                    user.UnknownFields.Set("favourite_color", "teal");
                    user.UnknownFields.Set(key, "teal");
                }
            }
            """);

        [Fact]
        public Task A_schema_key_given_as_a_constant_is_reported_like_a_literal() => Verify.AnalyzerAsync(
            """
            static class C
            {
                const string Misspelled = "scool";

                static void M(UserCustomData user)
                {
                    user.UnknownFields.Set({|#0:UserCustomData.Keys.Age|}, "18");
                    user.UnknownFields.Set({|#1:Misspelled|}, "pku");
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(0).WithArguments("age", "USER", "UserCustomData.Age"),
            Verify.Diagnostic(DiagnosticIds.MisspelledUnknownFieldsKey).WithLocation(1).WithArguments("scool", "USER", "'school'"));

        [Fact]
        public Task A_bag_whose_class_is_unknown_is_not_checked() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(UserCustomData user, CustomData data)
                {
                    UnknownCustomFields bag = user.UnknownFields;
                    bag.Set("age", "18");
                    data.UnknownFields.Set("age", "18");
                }
            }
            """);
    }
}
