using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FieldGen.Cli;
using FieldGen.Pull.Tests.Cli;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>
    /// <c>fieldgen pull</c> (in-process) against every answer of the hostile tenant: each failure is one
    /// redacted diagnostic line with the expected FG code, nothing crashes, no credential in any form
    /// reaches stdout, stderr or a file, no redirect is followed, no header is injected.
    /// </summary>
    public sealed class HostileCliTests : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("fieldgen-hostile-cli-").FullName;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Fact]
        public async Task Every_hostile_answer_is_one_redacted_diagnostic_line_and_nothing_leaks()
        {
            await using var tenant = new HostileTenant();
            var outcome = new HostileOutcome();
            foreach (HostileScenario scenario in tenant.FieldAnswers.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                await RunAsync(tenant, scenario, outcome, "Signature");
            }

            foreach (HostileScenario scenario in tenant.TokenScenarios())
            {
                tenant.QueueTokenAnswer(scenario);
                await RunAsync(tenant, scenario, outcome, "ManagementToken", tenantId: "normal");
            }

            List<HostileScenario> bearer = tenant.BearerEchoScenarios().ToList();
            tenant.AddFieldScenarios(bearer);
            foreach (HostileScenario scenario in bearer)
            {
                await RunAsync(tenant, scenario, outcome, "ManagementToken");
            }

            outcome.AddFiles(_directory);
            outcome.ScanFor(tenant);
            Assert.True(outcome.Scenarios > 150, "the scenarios ran: " + outcome.Scenarios);
            outcome.AssertClean();
        }

        private async Task RunAsync(HostileTenant tenant, HostileScenario scenario, HostileOutcome outcome, string scheme, string? tenantId = null)
        {
            string file = Path.Combine(_directory, FileName(scenario.Name));
            CliRun run = await CliRun.RunAsync(tenant.Environment(), "pull", file, "--tenant", tenantId ?? scenario.Name, "--auth", scheme, "--timeout", "3");
            outcome.Count();
            outcome.AddPlace(scenario.Name + " stdout", run.Output);
            outcome.AddPlace(scenario.Name + " stderr", run.Error);
            string[] errorLines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (scenario.ExpectedCode == "none")
            {
                outcome.Expect(run.ExitCode == ExitCodes.Success && File.Exists(file), scenario.Name, "expected a pull: " + run);
                return;
            }

            outcome.Expect(run.ExitCode == ExitCodes.Failed, scenario.Name, "exit code " + run.ExitCode);
            outcome.Expect(errorLines.Length == 1, scenario.Name, errorLines.Length + " stderr lines: " + run.Error[..Math.Min(run.Error.Length, 400)]);
            outcome.Expect(errorLines.All(l => l.Length <= HostileOutcome.MaxLineLength), scenario.Name, "a line of " + errorLines.Select(l => l.Length).DefaultIfEmpty().Max() + " characters");
            outcome.Expect(run.Error.Contains("error " + scenario.ExpectedCode + ":"), scenario.Name, "expected " + scenario.ExpectedCode + ": " + Cut(run.Error));
            outcome.Expect(scenario.ExpectedText is null || run.Error.Contains(scenario.ExpectedText), scenario.Name, "expected '" + scenario.ExpectedText + "': " + Cut(run.Error));
            outcome.Expect(!File.Exists(file), scenario.Name, "a schema file was written");
        }

        internal static string FileName(string scenario) => string.Concat(scenario.Select(c => char.IsLetterOrDigit(c) ? c : '_')) + ".json";

        private static string Cut(string text) => text[..Math.Min(text.Length, 500)];
    }
}
