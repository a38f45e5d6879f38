using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;

namespace FieldGen.Pull.Tests.Cli
{
    /// <summary><c>fieldgen diff &lt;old&gt; &lt;new&gt;</c>: exit 0 same, 1 different, 2 trouble.</summary>
    public sealed class DiffCommandTests : IDisposable
    {
        private const string Old = """{"statusCode":200,"data":[{"targetType":"USER","key":"school","dataType":"ENUM","options":[{"value":"pku"},{"value":"mit"}]},{"targetType":"USER","key":"age","dataType":"NUMBER"}]}""";
        private const string New = """[{"targetType":"USER","key":"school","dataType":"ENUM","options":[{"value":"pku"}]},{"targetType":"USER","key":"age","dataType":"NUMBER"},{"targetType":"USER","key":"nickname","dataType":"STRING"}]""";

        private readonly string _directory = Directory.CreateTempSubdirectory("fieldgen-diff-").FullName;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        private string Write(string name, string text)
        {
            string path = Path.Combine(_directory, name);
            File.WriteAllText(path, text);
            return path;
        }

        [Fact]
        public async Task The_same_schema_in_two_forms_has_no_differences()
        {
            string normalizedSame = """{"fieldgenSchema":1,"fields":{"USER":[{"key":"age","dataType":"NUMBER"},{"key":"school","dataType":"ENUM","options":[{"value":"pku"},{"value":"mit"}]}]}}""";

            CliRun run = await CliRun.RunAsync(null, "diff", Write("old.json", Old), Write("new.json", normalizedSame));

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("No changes to the fields.", run.Output);
        }

        [Fact]
        public async Task Differences_exit_1_with_the_markdown_report_on_stdout_and_in_the_markdown_file()
        {
            string markdown = Path.Combine(_directory, "report.md");

            CliRun run = await CliRun.RunAsync(null, "diff", Write("old.json", Old), Write("new.json", New), "--markdown", markdown);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("1 breaking change, 1 other change.", run.Output);
            Assert.Contains("- USER `school`: option 'mit' removed. Disappears: `UserCustomData.School.Mit`.", run.Output);
            Assert.Contains("- USER `nickname`: field added (STRING).", run.Output);
            Assert.Equal(run.Output, File.ReadAllText(markdown));
        }

        [Fact]
        public async Task A_missing_or_unreadable_file_exits_2()
        {
            CliRun missing = await CliRun.RunAsync(null, "diff", Write("old.json", Old), Path.Combine(_directory, "nope.json"));
            CliRun broken = await CliRun.RunAsync(null, "diff", Write("old.json", Old), Write("broken.json", "{ \"statusCode\": 200, "));
            CliRun usage = await CliRun.RunAsync(null, "diff", Write("old.json", Old));

            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("error FG2009: " + Path.Combine(_directory, "nope.json") + " does not exist", missing.Error);
            Assert.Equal(2, broken.ExitCode);
            Assert.Contains("broken.json is not a schema FieldGen reads", broken.Error);
            Assert.Equal(2, usage.ExitCode);
            Assert.Contains("diff needs two schema files", usage.Error);
        }

        [Fact]
        public async Task The_installed_tool_runs_as_a_process_and_returns_the_exit_code()
        {
            ProcessResult run = await DotnetProcess.RunAsync(_directory, new[] { RepositoryPaths.CliAssembly, "diff", Write("old.json", Old), Write("new.json", New) }, new Dictionary<string, string>());

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("## Breaking changes", run.Output);
        }
    }
}
