using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>FG1002 and FG1003 for literal values passed beside a known key.</summary>
    public sealed class ValueTests
    {
        private const string NumberAdvice = "pass a number such as 18 (or its invariant text, \"18\")";
        private const string BooleanAdvice = "pass true or false";
        private const string DateTimeAdvice = "pass a DateTimeOffset, an ISO 8601 string such as \"2024-05-01T08:00:00Z\" (no offset means UTC) or epoch milliseconds";

        [Fact]
        public Task Values_that_cannot_be_of_the_data_type_are_reported() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M()
                {
                    UserApi.SetField(UserCustomData.Keys.Age, {|#0:"eighteen"|});
                    UserApi.SetField(UserCustomData.Keys.Age, {|#1:true|});
                    UserApi.SetField(UserCustomData.Keys.IsVerified, {|#2:"yes"|});
                    UserApi.SetField(UserCustomData.Keys.IsVerified, {|#3:2|});
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, {|#4:"last summer"|});
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, {|#5:false|});
                    UserApi.SetField(UserCustomData.Keys.School, {|#6:true|});
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, {|#7:"July 1, 2022"|});
                    UserApi.SetField(UserCustomData.Keys.Age, {|#8:"1e400"|});
                    UserApi.SetField(UserCustomData.Keys.Age, {|#9:"NaN"|});
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(0).WithArguments("\"eighteen\"", "NUMBER", "USER", "age", NumberAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(1).WithArguments("true", "NUMBER", "USER", "age", NumberAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(2).WithArguments("\"yes\"", "BOOLEAN", "USER", "is-verified", BooleanAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(3).WithArguments("2", "BOOLEAN", "USER", "is-verified", BooleanAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(4).WithArguments("\"last summer\"", "DATETIME", "USER", "graduated_at", DateTimeAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(5).WithArguments("false", "DATETIME", "USER", "graduated_at", DateTimeAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(6).WithArguments("true", "ENUM", "USER", "school", "pass one of its options"),
            // The runtime refuses these (loose date text, a number beyond a double), so the analyzer does too.
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(7).WithArguments("\"July 1, 2022\"", "DATETIME", "USER", "graduated_at", DateTimeAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(8).WithArguments("\"1e400\"", "NUMBER", "USER", "age", NumberAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(9).WithArguments("\"NaN\"", "NUMBER", "USER", "age", NumberAdvice));

        [Fact]
        public Task Values_the_runtime_reads_leniently_are_not_reported() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(string text)
                {
                    UserApi.SetField(UserCustomData.Keys.Age, 18);
                    UserApi.SetField(UserCustomData.Keys.Age, -18.5);
                    UserApi.SetField(UserCustomData.Keys.Age, " 18 ");
                    UserApi.SetField(UserCustomData.Keys.Age, null);
                    UserApi.SetField(UserCustomData.Keys.Age, text);
                    UserApi.SetField(UserCustomData.Keys.IsVerified, "TRUE");
                    UserApi.SetField(UserCustomData.Keys.IsVerified, 1);
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, "2022-07-01T00:00:00Z");
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, "2022-07-01T00:00:00");
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, "2022-07-01");
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, "1.6566336e12");
                    UserApi.SetField(UserCustomData.Keys.Age, "1e30");
                    UserApi.SetField(UserCustomData.Keys.Age, "5e-324");
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, 1656633600000);
                    UserApi.SetField(UserCustomData.Keys.GraduatedAt, "1656633600000");
                    UserApi.SetField(UserCustomData.Keys.EmployeeId, 1024);
                    UserApi.SetField(UserCustomData.Keys.School, "pku");
                }
            }
            """);

        [Fact]
        public Task Enum_value_that_is_no_option_lists_the_options() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M()
                {
                    UserApi.SetField(UserCustomData.Keys.School, {|#0:"mit"|});
                    UserApi.SetField(UserCustomData.Keys.School, {|#1:"tsinghau"|});
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(0).WithArguments("mit", "USER", "school", "pku, hust, tsinghua", ""),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(1).WithArguments("tsinghau", "USER", "school", "pku, hust, tsinghua", "; did you mean 'tsinghua'?"));

        [Fact]
        public Task A_literal_key_is_checked_and_then_its_value() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M()
                {
                    UserApi.SetField({|#0:"age"|}, {|#1:"old"|});
                    UserApi.SetField({|#2:"agee"|}, "old");
                }
            }
            """,
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(0).WithArguments("USER", "age", "UserCustomData.Keys.Age"),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(1).WithArguments("\"old\"", "NUMBER", "USER", "age", NumberAdvice),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(2).WithArguments("USER", "agee", "did you mean 'age'?"));

        [Fact]
        public Task Value_named_after_its_key_parameter_is_checked() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M() => UserApi.SetRoleField("admin", {|#0:"high"|}, key: {|#1:"level"|});
            }
            """,
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(0).WithArguments("\"high\"", "NUMBER", "ROLE", "level", NumberAdvice),
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(1).WithArguments("ROLE", "level", "RoleCustomData.Keys.Level"));

        [Fact]
        public Task Values_of_records_properties_indexers_and_dictionaries_are_checked() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(UserFieldBag bag, CustomDataItem item)
                {
                    var record = new SetCustomDataItem(UserCustomData.Keys.Age, {|#0:"old"|});
                    var initialized = new CustomDataItem { Key = UserCustomData.Keys.Age, Value = {|#1:"old"|} };
                    bag[UserCustomData.Keys.Age] = {|#2:"old"|};
                    bag.Add(UserCustomData.Keys.Age, {|#3:"old"|});
                    UserApi.SetMany(new Dictionary<string, object?> { [UserCustomData.Keys.Age] = {|#4:"old"|} });
                    item.Value = "old";
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(0).WithArguments("\"old\"", "NUMBER", "USER", "age", NumberAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(1).WithArguments("\"old\"", "NUMBER", "USER", "age", NumberAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(2).WithArguments("\"old\"", "NUMBER", "USER", "age", NumberAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(3).WithArguments("\"old\"", "NUMBER", "USER", "age", NumberAdvice),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(4).WithArguments("\"old\"", "NUMBER", "USER", "age", NumberAdvice));
    }
}
