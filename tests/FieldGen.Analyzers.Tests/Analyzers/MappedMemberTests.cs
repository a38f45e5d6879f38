using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>A made-up vendor's API, mapped in a .globalconfig instead of annotated: checked like the official SDK.</summary>
    public sealed class MappedMemberTests
    {
        private const string Vendor = """

            namespace Vendor.Api
            {
                public sealed class Attribute
                {
                    public string Name { get; set; } = "";
                    public object? Data { get; set; }
                }

                public static class Directory
                {
                    public sealed class Tag
                    {
                        public string Code { get; set; } = "";
                    }
                }
            }
            """;

        private const string Mapping = """
            fieldgen.custom_field_key_members = Vendor.Api.Attribute.Name:ROLE, Vendor.Api.Directory.Tag.Code:*
            fieldgen.custom_field_value_members = Vendor.Api.Attribute.Data:Name

            """;

        [Fact]
        public Task Mapped_key_and_value_properties_are_checked_and_fixed()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>(globalOptions: Mapping)
            {
                CodeActionEquivalenceKey = "FG1001.Constant",
                TestCode = Verify.Usings + """
                    static class C
                    {
                        static object[] M() => new object[]
                        {
                            new Vendor.Api.Attribute { Name = {|#0:"levle"|}, Data = 3 },
                            new Vendor.Api.Attribute { Name = {|#3:"level"|}, Data = {|#1:"high"|} },
                            new Vendor.Api.Directory.Tag { Code = {|#2:"scool"|} },
                        };
                    }
                    """ + Vendor,
                FixedCode = Verify.Usings + """
                    static class C
                    {
                        static object[] M() => new object[]
                        {
                            new Vendor.Api.Attribute { Name = RoleCustomData.Keys.Level, Data = 3 },
                            new Vendor.Api.Attribute { Name = {|#3:"level"|}, Data = {|#1:"high"|} },
                            new Vendor.Api.Directory.Tag { Code = UserCustomData.Keys.School },
                        };
                    }
                    """ + Vendor,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("ROLE", "levle", "did you mean 'level'?"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(1).WithArguments("\"high\"", "NUMBER", "ROLE", "level", "pass a number such as 18 (or its invariant text, \"18\")"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(2).WithArguments("USER or ROLE", "scool", "did you mean 'school'?"));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(1).WithArguments("\"high\"", "NUMBER", "ROLE", "level", "pass a number such as 18 (or its invariant text, \"18\")"));
            test.ExpectedDiagnostics.Add(Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(3).WithArguments("ROLE", "level", "RoleCustomData.Keys.Level"));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Hidden(DiagnosticIds.UseKeyConstant).WithLocation(3).WithArguments("ROLE", "level", "RoleCustomData.Keys.Level"));
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            return test.RunAsync();
        }

        [Fact]
        public Task An_entry_that_cannot_be_read_is_FG1008_and_the_others_still_apply()
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider>(globalOptions: """
                fieldgen.custom_field_key_members = Vendor.Api.Attribute.Name:ROLES, NoDots:USER,, Vendor.Api.Directory.Tag.Code:USER

                """)
            {
                TestCode = Verify.Usings + """
                    static class C
                    {
                        static object M() => new Vendor.Api.Directory.Tag { Code = {|#0:"scool"|} };
                    }
                    """ + Vendor,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.UnknownKey).WithLocation(0).WithArguments("USER", "scool", "did you mean 'school'?"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.InvalidMemberMapping).WithArguments("fieldgen.custom_field_key_members: 'Vendor.Api.Attribute.Name:ROLES' names no target type; use USER, ROLE, GROUP, DEPARTMENT or *"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticIds.InvalidMemberMapping).WithArguments("fieldgen.custom_field_key_members: 'NoDots:USER' is not Namespace.Type.Property:TARGET"));
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            return test.RunAsync();
        }
    }
}
