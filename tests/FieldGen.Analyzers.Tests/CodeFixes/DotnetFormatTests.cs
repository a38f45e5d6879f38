using System.Linq;
using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// Every FG fix applied as `dotnet format analyzers --diagnostics FG1001 ... --severity info` applies it:
    /// whichever diagnostic comes first (one with no fix, or another ID's) and in whichever order the IDs
    /// come, every fixable mistake is fixed, the same way, and the result compiles.
    /// </summary>
    public sealed class DotnetFormatTests
    {
        private static readonly string[] FixIds =
        {
            DiagnosticIds.UnknownKey, DiagnosticIds.UnknownOption, DiagnosticIds.ValueNotOfDataType, DiagnosticIds.SchemaKeyInUnknownFields,
            DiagnosticIds.MisspelledUnknownFieldsKey, DiagnosticIds.ListedOptionAsUnlisted, DiagnosticIds.UseKeyConstant,
        };

        private const string Mistakes = """
            static class Mistakes
            {
                static string? M(UserCustomData user)
                {
                    UserApi.SetField(UserCustomData.Keys.School, "mit");
                    UserApi.SetField("scool", "pku");
                    UserApi.SetField(UserCustomData.Keys.School, "hsut");
                    UserApi.SetField(UserCustomData.Keys.Age, "eighteen");
                    user.UnknownFields.Set("age", "18");
                    user.UnknownFields.Set("scool", "pku");
                    var unlisted = OptionValue<UserCustomData.School>.Unlisted("pku");
                    UserApi.SetField("age", 18);
                    return unlisted.RawValue;
                }
            }
            """;

        private const string Fixed = """
            static class Mistakes
            {
                static string? M(UserCustomData user)
                {
                    UserApi.SetField(UserCustomData.Keys.School, "mit");
                    UserApi.SetField(UserCustomData.Keys.School, "pku");
                    UserApi.SetField(UserCustomData.Keys.School, "hust");
                    UserApi.SetField(UserCustomData.Keys.Age, "eighteen");
                    user.Age = 18;
                    user.SchoolValue = UserCustomData.School.Pku;
                    var unlisted = new OptionValue<UserCustomData.School>(UserCustomData.School.Pku, "pku");
                    UserApi.SetField(UserCustomData.Keys.Age, 18);
                    return unlisted.RawValue;
                }
            }
            """;

        [Theory]
        [InlineData(DiagnosticIds.UnknownOption, false)] // "mit": an FG1002 with no suggestion comes first
        [InlineData(DiagnosticIds.UnknownOption, true)]
        [InlineData(DiagnosticIds.ValueNotOfDataType, false)] // a diagnostic with no fix at all
        [InlineData(DiagnosticIds.UnknownKey, true)] // another provider's diagnostic
        [InlineData(DiagnosticIds.SchemaKeyInUnknownFields, false)]
        [InlineData(DiagnosticIds.UseKeyConstant, true)]
        public async Task Every_fix_applies_whatever_comes_first_and_in_any_order(string firstId, bool reverseIds)
        {
            string[] ids = reverseIds ? FixIds.Reverse().ToArray() : FixIds;

            (string result, var unfixed, var errors) = await FormatRun.RunAsync(Verify.Usings + Mistakes + WrapperApi.Source, ids, firstId);

            Assert.Empty(unfixed);
            Assert.Equal(Verify.Usings + Fixed + WrapperApi.Source, result.ReplaceLineEndings("\n"));
            Assert.Empty(errors);
        }
    }
}
