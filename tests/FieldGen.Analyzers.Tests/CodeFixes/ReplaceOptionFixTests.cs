using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.CodeFixes;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.CodeFixes
{
    /// <summary>Fixes that replace an option: with the suggestion (FG1002) or an <c>OptionValue</c> of the generated enum member (FG1006).</summary>
    public sealed class ReplaceOptionFixTests
    {
        private const string Options = "pku, hust, tsinghua";

        [Fact]
        public Task Misspelled_option_becomes_the_suggested_option() => Verify.FixAsync<ReplaceExpressionCodeFixProvider>(
            """
            static class C
            {
                static bool M(UserCustomData user) => user.SchoolValue?.RawValue == {|#0:"tsinghau"|} || user.SchoolValue?.RawValue is {|#1:"PKU"|};
            }
            """,
            """
            static class C
            {
                static bool M(UserCustomData user) => user.SchoolValue?.RawValue == "tsinghua" || user.SchoolValue?.RawValue is "pku";
            }
            """,
            "FG1002.Suggestion0",
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(0).WithArguments("tsinghau", "USER", "school", Options, "; did you mean 'tsinghua'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(1).WithArguments("PKU", "USER", "school", Options, "; did you mean 'pku'?"));

        [Fact]
        public Task Misspelled_value_of_an_annotated_API_becomes_the_suggested_option() => Verify.FixAsync<ReplaceExpressionCodeFixProvider>(
            """
            static class C
            {
                static void M() => UserApi.SetField(UserCustomData.Keys.School, {|#0:"hsut"|});
            }
            """,
            """
            static class C
            {
                static void M() => UserApi.SetField(UserCustomData.Keys.School, "hust");
            }
            """,
            "FG1002.Suggestion0",
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(0).WithArguments("hsut", "USER", "school", Options, "; did you mean 'hust'?"));

        [Fact]
        public Task Unlisted_listed_option_becomes_the_enum_member() => Verify.FixAsync<ReplaceExpressionCodeFixProvider>(
            """
            static class C
            {
                static bool M(UserCustomData user)
                {
                    user.SchoolValue = {|#1:OptionValue<UserCustomData.School>.Unlisted({|#0:"pku"|})|};
                    return user.SchoolValue == {|#3:OptionValue<UserCustomData.School>.Unlisted({|#2:"hust"|})|};
                }
            }
            """,
            """
            static class C
            {
                static bool M(UserCustomData user)
                {
                    user.SchoolValue = new OptionValue<UserCustomData.School>(UserCustomData.School.Pku, "pku");
                    return user.SchoolValue == new OptionValue<UserCustomData.School>(UserCustomData.School.Hust, "hust");
                }
            }
            """,
            "FG1006.Option",
            Verify.Diagnostic(DiagnosticIds.ListedOptionAsUnlisted).WithLocation(0).WithLocation(1).WithArguments("pku", "USER", "school", "UserCustomData.School.Pku"),
            Verify.Diagnostic(DiagnosticIds.ListedOptionAsUnlisted).WithLocation(2).WithLocation(3).WithArguments("hust", "USER", "school", "UserCustomData.School.Hust"));

        [Fact]
        public Task Unlisted_listed_option_stays_an_OptionValue_so_its_members_still_compile() => Verify.FixAsync<ReplaceExpressionCodeFixProvider>(
            """
            using School = App.UserCustomData.School;

            static class C
            {
                const string Pku = "pku";

                static string? M()
                {
                    var u = {|#1:OptionValue<School>.Unlisted({|#0:"pku"|})|};
                    var named = {|#3:OptionValue<School>.Unlisted({|#2:Pku|})|};
                    return u.RawValue + named.IsListed;
                }
            }
            """,
            """
            using School = App.UserCustomData.School;

            static class C
            {
                const string Pku = "pku";

                static string? M()
                {
                    var u = new OptionValue<School>(UserCustomData.School.Pku, "pku");
                    var named = new OptionValue<School>(UserCustomData.School.Pku, "pku");
                    return u.RawValue + named.IsListed;
                }
            }
            """,
            "FG1006.Option",
            Verify.Diagnostic(DiagnosticIds.ListedOptionAsUnlisted).WithLocation(0).WithLocation(1).WithArguments("pku", "USER", "school", "UserCustomData.School.Pku"),
            Verify.Diagnostic(DiagnosticIds.ListedOptionAsUnlisted).WithLocation(2).WithLocation(3).WithArguments("pku", "USER", "school", "UserCustomData.School.Pku"));
    }
}
