using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// The official SDK's own calls, checked with no wrapper: <c>SetCustomDataDto.Key</c> and <c>Value</c> by
    /// metadata name, against the target type of the request around them.
    /// </summary>
    public sealed class OfficialSdkTests
    {
        private const string Usings = "using System.Collections.Generic;\nusing Authing.CSharp.SDK.Models;\nusing Authing.CSharp.SDK.Services;\nusing App;\n";

        private const string Levels = "cost_center, level";

        private static Task RunAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider> { TestCode = Usings + source }.WithOfficialSdk();
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task A_misspelled_key_in_a_USER_request_is_FG1001_and_is_fixed_to_the_key_constant()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>
            {
                TestCode = Usings + """
                    static class C
                    {
                        static void M(ManagementClient client) => client.SetCustomData(new SetCustomDataReqDto
                        {
                            TargetType = SetCustomDataReqDto.targetType.USER,
                            TargetIdentifier = "user-1",
                            List = new List<SetCustomDataDto> { new SetCustomDataDto { Key = {|#0:"scool"|}, Value = "pku" } },
                        });
                    }
                    """,
                FixedCode = Usings + """
                    static class C
                    {
                        static void M(ManagementClient client) => client.SetCustomData(new SetCustomDataReqDto
                        {
                            TargetType = SetCustomDataReqDto.targetType.USER,
                            TargetIdentifier = "user-1",
                            List = new List<SetCustomDataDto> { new SetCustomDataDto { Key = UserCustomData.Keys.School, Value = "pku" } },
                        });
                    }
                    """,
            }.WithOfficialSdk();
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));
            return test.RunAsync();
        }

        [Fact]
        public Task Values_are_checked_against_the_field_of_the_key_beside_them() => RunAsync(
            """
            static class C
            {
                static SetCustomDataReqDto M() => new SetCustomDataReqDto
                {
                    TargetType = SetCustomDataReqDto.targetType.USER,
                    List = new List<SetCustomDataDto>
                    {
                        new SetCustomDataDto { Key = UserCustomData.Keys.School, Value = {|#0:"mit"|} },
                        new SetCustomDataDto { Value = {|#1:"tsinghau"|}, Key = UserCustomData.Keys.School },
                        new SetCustomDataDto { Key = UserCustomData.Keys.Age, Value = {|#2:"eighteen"|} },
                        new SetCustomDataDto { Key = UserCustomData.Keys.Age, Value = "18" },
                        new SetCustomDataDto { Key = UserCustomData.Keys.School, Value = "hust", TenantId = "t-1" },
                    },
                };
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(0).WithArguments("mit", "USER", "school", "pku, hust, tsinghua", string.Empty),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(1).WithArguments("tsinghau", "USER", "school", "pku, hust, tsinghua", "; did you mean 'tsinghua'?"),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(2).WithArguments("\"eighteen\"", "NUMBER", "USER", "age", "pass a number such as 18 (or its invariant text, \"18\")"));

        [Fact]
        public Task The_target_type_comes_from_the_enclosing_request() => RunAsync(
            """
            static class C
            {
                static SetCustomDataReqDto M() => new SetCustomDataReqDto
                {
                    List = new List<SetCustomDataDto>
                    {
                        new SetCustomDataDto { Key = {|#2:"level"|}, Value = "3" },
                        new SetCustomDataDto { Key = {|#0:"age"|}, Value = "18" },
                        new SetCustomDataDto { Key = {|#1:"levle"|} },
                    },
                    TargetType = SetCustomDataReqDto.targetType.ROLE,
                    Namespace = "default",
                };
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("ROLE", "age", "expected one of " + Levels),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(1).WithArguments("ROLE", "levle", "did you mean 'level'?"),
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(2).WithArguments("ROLE", "level", "RoleCustomData.Keys.Level"));

        [Fact]
        public Task Without_a_known_target_type_the_key_must_exist_for_some_target_type() => RunAsync(
            """
            static class C
            {
                static SetCustomDataReqDto M(SetCustomDataReqDto.targetType target)
                {
                    var loose = new SetCustomDataDto { Key = {|#0:"scool"|} };
                    var role = new SetCustomDataDto { Key = {|#4:"level"|}, Value = {|#3:"high"|} };
                    var age = new SetCustomDataDto { Key = {|#5:"age"|}, Value = {|#1:"eighteen"|} };
                    return new SetCustomDataReqDto
                    {
                        TargetType = target,
                        List = new List<SetCustomDataDto> { loose, role, age, new SetCustomDataDto { Key = {|#2:"cost_centre"|} } },
                    };
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER or ROLE", "scool", "did you mean 'school'?"),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(1).WithArguments("\"eighteen\"", "NUMBER", "USER", "age", "pass a number such as 18 (or its invariant text, \"18\")"),
            Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(2).WithArguments("USER or ROLE", "cost_centre", "did you mean 'cost_center'?"),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(3).WithArguments("\"high\"", "NUMBER", "ROLE", "level", "pass a number such as 18 (or its invariant text, \"18\")"),
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(4).WithArguments("ROLE", "level", "RoleCustomData.Keys.Level"),
            Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(5).WithArguments("USER", "age", "UserCustomData.Keys.Age"));
    }
}
