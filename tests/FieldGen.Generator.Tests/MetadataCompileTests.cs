using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FieldGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>
    /// The Fields metadata compiles for every consumer, answers labels by culture when run, and a
    /// tombstone (removed field or option) costs a consumer CS0618 warnings with the date, nothing else.
    /// </summary>
    public class MetadataCompileTests
    {
        private const string MetadataUsage = @"
using System.Globalization;
using System.Linq;
using FieldGen;
using TestApp;

public static class Usage
{
    public static string Run()
    {
        CustomFieldInfo<UserCustomData.School> school = UserCustomData.Fields.School;
        string fieldZh = school.GetLabel(new CultureInfo(""zh-CN""));
        string optionEn = UserCustomData.Fields.School.GetLabel(UserCustomData.School.Pku, new CultureInfo(""en-US""));
        string optionTw = school.Option(UserCustomData.School.Tsinghua).GetLabel(new CultureInfo(""zh-TW""));
        string keys = string.Join("","", UserCustomData.Fields.All.Select(f => f.Key));
        string clashes = UserCustomData.Fields.All_2.Key + ""/"" + UserCustomData.Fields.Fields_2.Key + ""/"" + new UserCustomData { Fields_2 = ""x"" }.Fields_2;
        CustomFieldInfo id = UserCustomData.Fields.EmployeeId;
        string flags = id.Flags.ToString() + "":"" + id.IsUnique + id.IsEncrypted + id.IsUserEditable + id.IsVisibleInUserCenter + id.IsVisibleInAdminConsole;
        return string.Join(""|"", fieldZh, optionEn, optionTw, keys, clashes, flags);
    }
}";

        private const string TombstoneUsage = @"
using TestApp;

public static class Tombstones
{
    public static string Run()
    {
        UserCustomData user = UserCustomData.FromJson(""{\""nickname2\"":\""old\"",\""school\"":\""mit\""}"");
        string? nickname = user.Nickname2;
        bool isMit = user.SchoolValue == UserCustomData.School.Mit;
        user.Nickname2 = ""new"";
        user.SchoolValue = UserCustomData.School.Mit;
        return nickname + isMit + UserCustomData.Keys.Nickname2 + UserCustomData.Fields.Nickname2.RemovedAt + user.ToJson();
    }
}";

        public static IEnumerable<object[]> Consumers() => CompileTests.Consumers();

        private static SchemaFile MetadataSchema => new SchemaFile("/project/metadata.json", File.ReadAllText("Schemas/metadata-i18n.json"));

        [Theory]
        [MemberData(nameof(Consumers))]
        public void Metadata_compiles_without_warnings(string targetFramework, LanguageVersion languageVersion)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { MetadataSchema }, MetadataUsage, References(targetFramework), languageVersion);

            Assert.Empty(run.CompilationErrorsAndWarnings.Select(d => d.ToString()));
        }

        [Fact]
        public void Labels_follow_the_culture_fallback_when_run()
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { MetadataSchema }, MetadataUsage);

            string[] parts = Invoke(run.OutputCompilation, "Usage").Split('|');

            Assert.Equal("学校", parts[0]);
            Assert.Equal("Peking University", parts[1]);
            Assert.Equal("清華大學", parts[2]);
            Assert.Equal("all,employee_id,fields,nickname2,school", parts[3]);
            Assert.Equal("all/fields/x", parts[4]);
            Assert.Equal("Unique, Encrypted, VisibleInAdminConsole:TrueTrueFalseFalseTrue", parts[5]);
        }

        [Theory]
        [MemberData(nameof(Consumers))]
        public void Tombstones_cost_a_consumer_CS0618_warnings_with_the_date_only(string targetFramework, LanguageVersion languageVersion)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { MetadataSchema }, TombstoneUsage, References(targetFramework), languageVersion);

            List<Diagnostic> problems = run.CompilationErrorsAndWarnings.ToList();
            Assert.NotEmpty(problems);
            Assert.All(problems, d => Assert.Equal("CS0618", d.Id));
            Assert.All(problems, d => Assert.Contains("Removed from the tenant on 2026-12-01", d.GetMessage()));
            Assert.All(problems, d => Assert.Equal("Consumer.cs", d.Location.SourceTree?.FilePath));
            Assert.Contains(problems, d => d.GetMessage().Contains("school option 'mit'"));
            Assert.Contains(problems, d => d.GetMessage().Contains("USER field 'nickname2'"));
        }

        [Fact]
        public void Tombstoned_values_still_round_trip()
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { MetadataSchema }, TombstoneUsage);

            string result = Invoke(run.OutputCompilation, "Tombstones");

            Assert.Equal("oldTruenickname22026-12-01{\"nickname2\":\"new\",\"school\":\"mit\"}", result);
        }

        private static IReadOnlyList<MetadataReference> References(string targetFramework) => targetFramework switch
        {
            "net8.0" => ReferenceSets.Net80,
            "netstandard2.0" => ReferenceSets.NetStandard20,
            _ => ReferenceSets.Net10,
        };

        private static string Invoke(Compilation compilation, string typeName)
        {
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            Assembly assembly = Assembly.Load(stream.ToArray());
            return (string)assembly.GetType(typeName)!.GetMethod("Run")!.Invoke(null, null)!;
        }
    }
}
