using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Build
{
    /// <summary>A real <c>dotnet build -t:FieldGenPull</c> of the consumer project against the test server.</summary>
    [Collection(ChildBuildCollection.Name)]
    public sealed class FieldGenPullTargetTests
    {
        // A removed field or option is kept as a tombstone dated by the pull's clock (here the real one).
        private static string KeptAsTombstone => TombstoneText.KeptSince(System.DateTimeOffset.UtcNow);

        private readonly ConsumerProject _project;

        public FieldGenPullTargetTests(ConsumerProject project)
        {
            _project = project;
            _project.Reset();
        }

        [Fact]
        public async Task First_pull_writes_the_normalized_file_and_an_unchanged_pull_leaves_it_untouched()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();

            ProcessResult first = await _project.BuildAsync(SeededTenant.Environment(server));

            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains("pulled 5 custom fields from " + server.BaseAddress.ToString().TrimEnd('/') + " into fieldgen.schema.json: created", first.Output);
            string text = File.ReadAllText(_project.SchemaPath);
            Assert.StartsWith("{\n  \"fieldgenSchema\": 1,\n  \"source\": {\n", text);
            Assert.DoesNotContain("\r", text);
            Assert.True(text.IndexOf("\"key\": \"age\"") < text.IndexOf("\"key\": \"nickname\"") && text.IndexOf("\"key\": \"nickname\"") < text.IndexOf("\"key\": \"school\""), text);
            Assert.Contains("\"options\": [\n          {\n            \"value\": \"pku\",\n            \"label\": \"Peking University\"\n          },", text);
            Assert.Equal(4, server.Requests.Count(r => r.Path == "/api/v3/get-custom-fields" && r.Authenticated && r.AuthScheme == AuthScheme.Signature));

            byte[] bytes = File.ReadAllBytes(_project.SchemaPath);
            var written = File.GetLastWriteTimeUtc(_project.SchemaPath);
            ProcessResult second = await _project.BuildAsync(SeededTenant.Environment(server));

            Assert.True(second.ExitCode == 0, second.ToString());
            Assert.Contains("into fieldgen.schema.json: unchanged, file left as is", second.Output);
            Assert.Equal(bytes, File.ReadAllBytes(_project.SchemaPath));
            Assert.Equal(written, File.GetLastWriteTimeUtc(_project.SchemaPath));
            Assert.Equal(8, server.Requests.Count(r => r.Path == "/api/v3/get-custom-fields"));
            Assert.False(File.Exists(_project.ChangeReportPath));
        }

        [Fact]
        public async Task Breaking_change_writes_the_report_and_warns_with_the_generated_members_that_disappear()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, _project.SchemaPath);
            server.Store.SeedCustomField(SeededTenant.School(new CustomFieldOption("pku", "Peking University"), new CustomFieldOption("tsinghua", "Tsinghua")));
            server.Store.RemoveCustomField("USER", "nickname");
            server.Store.RemoveCustomField("USER", "age");
            server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "STRING", Label = "Age" });
            server.Store.SeedCustomField(new CustomField { TargetType = "GROUP", Key = "motto", DataType = "STRING" });

            ProcessResult result = await _project.BuildAsync(SeededTenant.Environment(server));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("warning FG2011: Breaking schema change in fieldgen.schema.json: USER field 'school': option 'mit'" + KeptAsTombstone + "; generated members that will disappear: UserCustomData.School.Mit", result.Output);
            Assert.Contains("warning FG2011: Breaking schema change in fieldgen.schema.json: USER field 'nickname': field" + KeptAsTombstone + "; generated members that will disappear: UserCustomData.Nickname, UserCustomData.Keys.Nickname", result.Output);
            Assert.Contains("USER field 'age': data type changed from NUMBER to STRING; generated members that change type or meaning: UserCustomData.Age", result.Output);
            Assert.Contains("GROUP field 'motto': field added (STRING); new members: GroupCustomData.Motto, GroupCustomData.Keys.Motto", result.Output);
            Assert.Contains("USER field 'school': option 'tsinghua' added; new members: UserCustomData.School.Tsinghua", result.Output);

            string report = File.ReadAllText(_project.ChangeReportPath);
            Assert.Contains("3 breaking changes, 2 other changes.", report);
            Assert.Contains("## Breaking changes", report);
            Assert.Contains("- USER `school`: option 'mit'" + KeptAsTombstone + ". Disappears: `UserCustomData.School.Mit`.", report);
            Assert.Contains("- GROUP `motto`: field added (STRING). New: `GroupCustomData.Motto`, `GroupCustomData.Keys.Motto`.", report);
            Assert.Contains("\"value\": \"tsinghua\"", File.ReadAllText(_project.SchemaPath));
        }

        [Fact]
        public async Task FieldGenTombstoneDays_0_drops_removed_fields_at_once_and_a_bad_value_is_FG2010()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, _project.SchemaPath);
            server.Store.RemoveCustomField("USER", "nickname");

            ProcessResult invalid = await _project.BuildAsync(SeededTenant.Environment(server), "FieldGenPull", "-p:FieldGenTombstoneDays=thirty");
            Assert.Contains("warning FG2010", invalid.Output);
            Assert.Contains("FieldGenTombstoneDays='thirty'", invalid.Output);
            Assert.Contains("\"nickname\"", File.ReadAllText(_project.SchemaPath));

            ProcessResult result = await _project.BuildAsync(SeededTenant.Environment(server), "FieldGenPull", "-p:FieldGenTombstoneDays=0");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("USER field 'nickname': field removed; generated members that will disappear: UserCustomData.Nickname", result.Output);
            Assert.DoesNotContain("\"nickname\"", File.ReadAllText(_project.SchemaPath));
        }
    }
}
