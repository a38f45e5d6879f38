using System.Reflection;
using System.Threading.Tasks;
using FieldGen.Cli;

namespace FieldGen.Pull.Tests.Cli
{
    /// <summary>The command line as System.CommandLine parses it: standard help, errors as exit code 2, completion.</summary>
    public sealed class CommandLineTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("--help")]
        [InlineData("-h")]
        [InlineData("help")]
        public async Task Help_lists_the_three_commands_and_where_credentials_come_from(string commandLine)
        {
            CliRun run = await CliRun.RunAsync(null, commandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Usage:", run.Output);
            Assert.Contains("  pull <file>", run.Output);
            Assert.Contains("  check <file>", run.Output);
            Assert.Contains("  diff <old> <new>", run.Output);
            Assert.Contains("FIELDGEN_ACCESS_KEY_ID", run.Output);
            Assert.DoesNotContain("  version", run.Output);
        }

        [Fact]
        public async Task A_command_s_help_lists_its_options()
        {
            CliRun pull = await CliRun.RunAsync(null, "pull", "--help");
            CliRun diff = await CliRun.RunAsync(null, "diff", "--help");

            Assert.True(pull.ExitCode == 0, pull.ToString());
            foreach (string option in new[] { "--host <url>", "--tenant <id>", "--auth <scheme>", "--timeout <seconds>", "--class-name <name>", "--target-types <list>" })
            {
                Assert.Contains(option, pull.Output);
            }

            Assert.DoesNotContain("--markdown", pull.Output);
            Assert.Contains("--markdown <file>", diff.Output);
        }

        [Theory]
        [InlineData("frob")]
        [InlineData("pull", "--timeout")]
        [InlineData("pull", "a.json", "b.json")]
        [InlineData("diff", "a.json", "b.json", "--tenant", "t")]
        public async Task Bad_arguments_exit_2_with_one_error_line_each_and_the_way_to_help(params string[] args)
        {
            CliRun run = await CliRun.RunAsync(null, args);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Equal(string.Empty, run.Output);
            Assert.All(run.Error.TrimEnd().Split('\n'), line => Assert.Matches("^fieldgen: error: .+\\. Run 'fieldgen --help' for usage\\.$", line.TrimEnd('\r')));
        }

        [Fact]
        public async Task The_version_is_the_tool_assembly_s_own()
        {
            string expected = typeof(CliContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

            CliRun option = await CliRun.RunAsync(null, "--version");
            CliRun command = await CliRun.RunAsync(null, "version");

            Assert.Equal(expected, option.Output.Trim());
            Assert.Equal(expected, command.Output.Trim());
        }

        [Fact]
        public async Task Completion_offers_the_commands_and_the_auth_schemes()
        {
            CliRun commands = await CliRun.RunAsync(null, "[suggest:0]", "");
            CliRun schemes = await CliRun.RunAsync(null, "[suggest:12]", "pull --auth ");

            Assert.True(commands.ExitCode == 0, commands.ToString());
            Assert.Equal(new[] { "--help", "--version", "-?", "-h", "/?", "/h", "check", "diff", "prune", "pull" }, commands.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries));
            Assert.Equal(new[] { "ManagementToken", "Signature" }, schemes.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries));
        }
    }
}
