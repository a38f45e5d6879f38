using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>
    /// The FieldGenPull task in real child <c>dotnet build -t:FieldGenPull -bl</c> runs against the
    /// hostile tenant, every scenario one FieldGenSchema item (its TenantId picks the answer), so two
    /// builds cover them all: each item is one warning with its FG code (never MSB4018, never many
    /// lines), and no credential in any form is in the console output, the decompressed binlog or a file.
    /// </summary>
    [Collection(ChildBuildCollection.Name)]
    public sealed class HostileBuildTests : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("fieldgen-hostile-build-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A build node may still hold a file for a moment.
            }
        }

        [Fact]
        public async Task Every_hostile_answer_is_one_warning_and_nothing_leaks_into_the_output_binlog_or_files()
        {
            await using var tenant = new HostileTenant();
            var outcome = new HostileOutcome();
            List<HostileScenario> signed = tenant.FieldAnswers.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            List<HostileScenario> tokens = tenant.TokenScenarios().ToList();
            List<HostileScenario> bearer = tenant.BearerEchoScenarios().ToList();
            tenant.AddFieldScenarios(bearer);
            foreach (HostileScenario scenario in tokens)
            {
                tenant.QueueTokenAnswer(scenario);
            }

            // Token scenarios first: a failed token fetch is not cached, so each item consumes one answer.
            string signedProject = WriteProject("Signed", signed.Select(s => (s.Name, s.Name)));
            string tokenProject = WriteProject("Token", tokens.Select(s => (s.Name, "normal")).Concat(bearer.Select(s => (s.Name, s.Name))));
            string signedLog = Path.Combine(_directory, "signed.binlog");
            string tokenLog = Path.Combine(_directory, "token.binlog");

            ProcessResult signedBuild = await BuildAsync(tenant, signedProject, signedLog);
            ProcessResult tokenBuild = await BuildAsync(tenant, tokenProject, tokenLog, "-p:FieldGenAuthScheme=ManagementToken");

            Check(signedBuild, signed, outcome);
            Check(tokenBuild, tokens.Concat(bearer).ToList(), outcome);
            outcome.AddPlace("console of the signed build", signedBuild.Output);
            outcome.AddPlace("console of the token build", tokenBuild.Output);
            outcome.AddPlace("binlog of the signed build", SecretScanner.ReadBinaryLog(signedLog));
            outcome.AddPlace("binlog of the token build", SecretScanner.ReadBinaryLog(tokenLog));
            Assert.True(SecretScanner.Contains(SecretScanner.ReadBinaryLog(signedLog), "FG2008"), "the scan reads the decompressed binlog");
            outcome.AddFiles(_directory);
            outcome.ScanFor(tenant);
            Assert.True(outcome.Scenarios > 150, "the scenarios ran: " + outcome.Scenarios);
            outcome.AssertClean();
        }

        private static void Check(ProcessResult build, List<HostileScenario> scenarios, HostileOutcome outcome)
        {
            outcome.Expect(build.ExitCode == 0, "build", "exit code " + build.ExitCode + ": " + build.Output[..Math.Min(2000, build.Output.Length)]);
            outcome.Expect(!build.Output.Contains("MSB4018") && !build.Output.Contains(": error "), "build", "an error or MSB4018: " + string.Join("\n", build.Output.Split('\n').Where(l => l.Contains(": error ") || l.Contains("MSB4018")).Take(5)));
            string[] lines = build.Output.Split('\n');
            foreach (HostileScenario scenario in scenarios)
            {
                outcome.Count();
                string file = HostileCliTests.FileName(scenario.Name);
                string[] mine = lines.Where(l => l.Contains(file + " :") || l.Contains(file + ":")).ToArray();
                string[] warnings = mine.Where(l => l.Contains("warning FG")).ToArray();
                if (scenario.ExpectedCode == "none")
                {
                    outcome.Expect(warnings.Length == 0 && build.Output.Contains("into " + file + ": created"), scenario.Name, "expected a pull: " + string.Join("\n", mine));
                    continue;
                }

                // MSBuild prints a warning where it happens and again in the summary.
                outcome.Expect(warnings.Length is 1 or 2 && warnings.Length == mine.Length, scenario.Name, warnings.Length + " warning lines of " + mine.Length + ": " + string.Join("\n", mine.Take(4)));
                outcome.Expect(warnings.All(l => l.Contains("warning " + scenario.ExpectedCode + ":")), scenario.Name, "expected " + scenario.ExpectedCode + ": " + warnings.FirstOrDefault());
                outcome.Expect(scenario.ExpectedText is null || warnings.All(l => l.Contains(scenario.ExpectedText)), scenario.Name, "expected '" + scenario.ExpectedText + "': " + warnings.FirstOrDefault());
                outcome.Expect(warnings.All(l => l.Length <= HostileOutcome.MaxLineLength + 600), scenario.Name, "a line of " + warnings.Select(l => l.Length).DefaultIfEmpty().Max() + " characters");
            }
        }

        private Task<ProcessResult> BuildAsync(HostileTenant tenant, string project, string binlog, params string[] extra)
        {
            var arguments = new List<string> { "build", project, "-t:FieldGenPull", "-nodeReuse:false", "-tl:off", "-v:m", "-bl:" + binlog, "-p:FieldGenPullTimeout=3", "-p:FieldGenTasksAssembly=" + RepositoryPaths.TasksAssembly };
            arguments.AddRange(extra);
            return DotnetProcess.RunAsync(_directory, arguments, tenant.Environment());
        }

        /// <summary>A consumer project with one Pull item per scenario, in its own folder (files named after the scenario).</summary>
        private string WriteProject(string name, IEnumerable<(string Scenario, string TenantId)> items)
        {
            string folder = Path.Combine(_directory, name);
            Directory.CreateDirectory(folder);
            string build = RepositoryPaths.BuildTargets;
            string itemText = string.Join("\n", items.Select(i => $"    <FieldGenSchema Include=\"{HostileCliTests.FileName(i.Scenario)}\" Pull=\"true\" TenantId=\"{SecurityElement.Escape(i.TenantId)}\" />"));
            string project = Path.Combine(folder, name + ".csproj");
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{Path.Combine(build, "FieldGen.props")}" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                  <ItemGroup>
                {itemText}
                  </ItemGroup>
                  <Import Project="{Path.Combine(build, "FieldGen.targets")}" />
                </Project>
                """);
            return project;
        }
    }
}
