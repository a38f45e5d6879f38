using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.CodeFixes
{
    /// <summary>FG1004's fix: a schema key moves off UnknownFields onto its typed property.</summary>
    public sealed class UseTypedPropertyFixTests
    {
        [Fact]
        public Task Set_becomes_an_assignment_with_a_typed_value() => Verify.FixAsync<UseTypedPropertyCodeFixProvider>(
            """
            static class C
            {
                static void M(UserCustomData user, string employeeId)
                {
                    user.UnknownFields.Set({|#0:"school"|}, "pku");
                    user.UnknownFields.Set({|#1:"age"|}, "18");
                    user.UnknownFields.Set({|#2:"is-verified"|}, "TRUE");
                    user.UnknownFields.Set({|#3:"employee_id"|}, employeeId);
                    user.UnknownFields.Set({|#4:"age"|}, " 18.50 ");
                }
            }
            """,
            """
            static class C
            {
                static void M(UserCustomData user, string employeeId)
                {
                    user.SchoolValue = UserCustomData.School.Pku;
                    user.Age = 18;
                    user.IsVerified = true;
                    user.EmployeeId = employeeId;
                    user.Age = 18.5;
                }
            }
            """,
            "FG1004.TypedProperty",
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(0).WithArguments("school", "USER", "UserCustomData.SchoolValue"),
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(1).WithArguments("age", "USER", "UserCustomData.Age"),
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(2).WithArguments("is-verified", "USER", "UserCustomData.IsVerified"),
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(3).WithArguments("employee_id", "USER", "UserCustomData.EmployeeId"),
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(4).WithArguments("age", "USER", "UserCustomData.Age"));

        [Fact]
        public Task ContainsKey_becomes_a_null_check() => Verify.FixAsync<UseTypedPropertyCodeFixProvider>(
            """
            static class C
            {
                static bool M(UserCustomData user)
                {
                    if (user.UnknownFields.ContainsKey({|#0:"age"|}))
                    {
                        return true;
                    }

                    return !user.UnknownFields.ContainsKey({|#1:"school"|});
                }
            }
            """,
            """
            static class C
            {
                static bool M(UserCustomData user)
                {
                    if (user.Age != null)
                    {
                        return true;
                    }

                    return !(user.SchoolValue != null);
                }
            }
            """,
            "FG1004.TypedProperty",
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(0).WithArguments("age", "USER", "UserCustomData.Age"),
            Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(1).WithArguments("school", "USER", "UserCustomData.SchoolValue"));

        [Fact]
        public Task Uses_without_a_typed_equivalent_are_left_alone()
        {
            const string Source = """
                static class C
                {
                    static void M(UserCustomData user, System.Text.Json.JsonElement raw)
                    {
                        user.UnknownFields.TryGetValue({|#0:"age"|}, out _);
                        var value = user.UnknownFields[{|#1:"age"|}];
                        user.UnknownFields.Set({|#2:"age"|}, raw);
                        user.UnknownFields.Set({|#3:"graduated_at"|}, "2022-07-01");
                    }
                }
                """;
            var test = new FieldGenTest<UseTypedPropertyCodeFixProvider> { TestCode = Verify.Usings + Source, FixedCode = Verify.Usings + Source };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(0).WithArguments("age", "USER", "UserCustomData.Age"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(1).WithArguments("age", "USER", "UserCustomData.Age"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(2).WithArguments("age", "USER", "UserCustomData.Age"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.SchemaKeyInUnknownFields).WithLocation(3).WithArguments("graduated_at", "USER", "UserCustomData.GraduatedAt"));
            return test.RunAsync();
        }
    }
}
