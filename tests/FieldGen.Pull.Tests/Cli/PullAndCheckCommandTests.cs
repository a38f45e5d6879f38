using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Cli
{
    /// <summary><c>fieldgen pull</c> and <c>fieldgen check</c> against the test server; check exits 0 matches, 1 differs, 2 could not tell.</summary>
    public sealed class PullAndCheckCommandTests : IDisposable
    {
        // A removed field or option is kept as a tombstone dated by the pull's clock (here the real one).
        private static string KeptAsTombstone => TombstoneText.KeptSince(System.DateTimeOffset.UtcNow);

        private readonly string _directory = Directory.CreateTempSubdirectory("fieldgen-cli-").FullName;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        private string SchemaPath => Path.Combine(_directory, "fieldgen.schema.json");

        [Fact]
        public async Task Check_matches_after_a_pull_and_differs_after_the_tenant_changes_without_writing()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            Dictionary<string, string> environment = SeededTenant.Environment(server);

            CliRun pull = await CliRun.RunAsync(environment, "pull", SchemaPath);
            CliRun matches = await CliRun.RunAsync(environment, "check", SchemaPath);
            server.Store.SeedCustomField(SeededTenant.School(new CustomFieldOption("pku", "Peking University")));
            byte[] before = File.ReadAllBytes(SchemaPath);
            CliRun differs = await CliRun.RunAsync(environment, "check", SchemaPath);

            Assert.True(pull.ExitCode == 0, pull.ToString());
            Assert.Contains("Pulled 5 custom fields from " + server.BaseAddress.ToString().TrimEnd('/') + " into fieldgen.schema.json: created.", pull.Output);
            Assert.True(matches.ExitCode == 0, matches.ToString());
            Assert.Contains("fieldgen.schema.json matches the 5 custom fields", matches.Output);
            Assert.True(differs.ExitCode == 1, differs.ToString());
            Assert.Contains("fieldgen.schema.json: warning FG2011: breaking schema change: USER field 'school': option 'mit'" + KeptAsTombstone + "; generated members that will disappear: UserCustomData.School.Mit", differs.Error);
            Assert.Equal(before, File.ReadAllBytes(SchemaPath));
        }

        [Fact]
        public async Task A_pull_that_changes_the_schema_writes_the_change_report_beside_it()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            Dictionary<string, string> environment = SeededTenant.Environment(server);
            await CliRun.RunAsync(environment, "pull", SchemaPath, "--class-name", "{Target}Fields");
            server.Store.RemoveCustomField("ROLE", "level");

            CliRun pull = await CliRun.RunAsync(environment, "pull", SchemaPath, "--class-name", "{Target}Fields");

            Assert.True(pull.ExitCode == 0, pull.ToString());
            Assert.Contains("warning FG2011: breaking schema change: ROLE field 'level': field" + KeptAsTombstone + "; generated members that will disappear: RoleFields.Level, RoleFields.Keys.Level", pull.Error);
            Assert.Contains("Change report: " + Path.Combine(_directory, "fieldgen.schema.changes.md"), pull.Output);
            Assert.Contains("- ROLE `level`: field" + KeptAsTombstone + ".", File.ReadAllText(Path.Combine(_directory, "fieldgen.schema.changes.md")));
        }

        [Fact]
        public async Task Check_exits_2_when_it_cannot_tell_and_never_prints_the_secret()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            Dictionary<string, string> unreachable = SeededTenant.Environment(server);
            unreachable["FIELDGEN_HOST"] = ClosedPort.Address();
            server.Faults.Add(new InjectedFault { HttpStatusCode = 500, Times = 1 });

            CliRun serverError = await CliRun.RunAsync(SeededTenant.Environment(server), "check", SchemaPath);
            CliRun offline = await CliRun.RunAsync(unreachable, "check", SchemaPath);
            CliRun noCredentials = await CliRun.RunAsync(new Dictionary<string, string>(), "check", SchemaPath);

            Assert.Equal(2, serverError.ExitCode);
            Assert.Contains("error FG2006", serverError.Error);
            Assert.Equal(2, offline.ExitCode);
            Assert.Contains("error FG2002", offline.Error);
            Assert.Equal(2, noCredentials.ExitCode);
            Assert.Contains("error FG2001: cannot pull the custom-field schema: FIELDGEN_ACCESS_KEY_ID and FIELDGEN_ACCESS_KEY_SECRET are not set", noCredentials.Error);
            foreach (CliRun run in new[] { serverError, offline, noCredentials })
            {
                Assert.False(SecretScanner.Contains(run.Output + run.Error, server.AccessKeySecret));
            }
        }

        [Fact]
        public async Task Credentials_cannot_be_given_as_options()
        {
            CliRun run = await CliRun.RunAsync(null, "pull", "--access-key-secret", "abc");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("unknown option --access-key-secret (credentials are read only from FIELDGEN_ACCESS_KEY_ID and FIELDGEN_ACCESS_KEY_SECRET)", run.Error);
        }
    }
}
