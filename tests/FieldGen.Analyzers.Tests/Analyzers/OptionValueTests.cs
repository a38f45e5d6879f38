using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>FG1002 for literals compared with an ENUM field's raw value, FG1006 and FG1002 for <c>OptionValue.Unlisted</c>.</summary>
    public sealed class OptionValueTests
    {
        private const string Options = "pku, hust, tsinghua";

        [Fact]
        public Task Comparisons_with_the_raw_value_must_use_an_option() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(UserCustomData user, OptionValue<UserCustomData.School> school)
                {
                    bool a = user.SchoolValue?.RawValue == {|#0:"mit"|};
                    bool b = {|#1:"pkv"|} != user.SchoolValue?.RawValue;
                    bool c = school.RawValue == {|#2:"Hust"|};
                    bool listed = user.SchoolValue?.RawValue == "pku";
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(0).WithArguments("mit", "USER", "school", Options, ""),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(1).WithArguments("pkv", "USER", "school", Options, "; did you mean 'pku'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(2).WithArguments("Hust", "USER", "school", Options, "; did you mean 'hust'?"));

        [Fact]
        public Task Named_constants_are_checked_as_options_and_values() => Verify.AnalyzerAsync(
            """
            static class C
            {
                const string Mit = "mit";
                const string Pku = "pku";
                const int Old = 200;
                const string Eighteen = "eighteen";

                static void M(UserCustomData user)
                {
                    bool a = user.SchoolValue?.RawValue == {|#0:Mit|};
                    bool listed = user.SchoolValue?.RawValue == Pku;
                    UserApi.SetField(UserCustomData.Keys.School, {|#1:Mit|});
                    UserApi.SetField(UserCustomData.Keys.Age, Old);
                    UserApi.SetField(UserCustomData.Keys.Age, {|#2:Eighteen|});
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(0).WithArguments("mit", "USER", "school", Options, ""),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(1).WithArguments("mit", "USER", "school", Options, ""),
            Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(2).WithArguments("\"eighteen\"", "NUMBER", "USER", "age", "pass a number such as 18 (or its invariant text, \"18\")"));

        [Fact]
        public Task Patterns_and_switches_on_the_raw_value_must_use_an_option() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static int M(UserCustomData user)
                {
                    if (user.SchoolValue?.RawValue is "pku" or {|#0:"mit"|})
                    {
                        return 0;
                    }

                    switch (user.SchoolValue?.RawValue)
                    {
                        case {|#1:"tsinghau"|}:
                            return 1;
                        case "hust":
                            return 2;
                    }

                    return user.SchoolValue?.RawValue switch
                    {
                        {|#2:"stanford"|} => 3,
                        not {|#3:"mit"|} => 4,
                        _ => 5,
                    };
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(0).WithArguments("mit", "USER", "school", Options, ""),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(1).WithArguments("tsinghau", "USER", "school", Options, "; did you mean 'tsinghua'?"),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(2).WithArguments("stanford", "USER", "school", Options, ""),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(3).WithArguments("mit", "USER", "school", Options, ""));

        [Fact]
        public Task Unlisted_of_a_listed_option_never_equals_it() => Verify.AnalyzerAsync(
            """
            static class C
            {
                static void M(UserCustomData user)
                {
                    user.SchoolValue = {|#2:OptionValue<UserCustomData.School>.Unlisted({|#0:"pku"|})|};
                    user.SchoolValue = OptionValue<UserCustomData.School>.Unlisted({|#1:"pkv"|});
                    user.SchoolValue = OptionValue<UserCustomData.School>.Unlisted("mit");
                }
            }
            """,
            Verify.Diagnostic(DiagnosticIds.ListedOptionAsUnlisted).WithLocation(0).WithLocation(2).WithArguments("pku", "USER", "school", "UserCustomData.School.Pku"),
            Verify.Diagnostic(DiagnosticIds.UnknownOption).WithLocation(1).WithArguments("pkv", "USER", "school", Options, "; did you mean 'pku'?"));

        [Fact]
        public Task Option_values_of_other_enums_are_not_checked() => Verify.AnalyzerAsync(
            """
            enum Colour { Red }

            static class C
            {
                static void M(OptionValue<Colour> colour, string text)
                {
                    bool a = colour.RawValue == "mit";
                    var b = OptionValue<Colour>.Unlisted("red");
                    bool c = text == "mit";
                }
            }
            """);
    }
}
