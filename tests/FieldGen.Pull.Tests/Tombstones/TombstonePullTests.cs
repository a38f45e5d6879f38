using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FieldGen.Management.Changes;
using FieldGen.Management.Pull;
using FieldGen.Management.Schema;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FieldGen.Pull.Tests.Tombstones
{
    /// <summary>
    /// A field and an option removed on the server: the next pull keeps both as dated tombstones, a
    /// consumer that uses them builds with CS0618 warnings only and still round-trips their values,
    /// FG2011 names the members and the day they go, and after expiry or prune they are gone.
    /// </summary>
    public sealed class TombstonePullTests : IDisposable
    {
        private const string Consumer = @"
namespace Consumer
{
    public static class UsesRemoved
    {
        public static string Run()
        {
            UserCustomData user = UserCustomData.FromJson(""{\""statusCode\"":200,\""data\"":{\""nickname\"":\""nick\"",\""school\"":\""mit\""}}"");
            bool isMit = user.SchoolValue == UserCustomData.School.Mit;
            string? nickname = user.Nickname;
            user.Nickname = nickname + ""2"";
            user.SchoolValue = UserCustomData.School.Mit;
            return isMit + "" "" + UserCustomData.Keys.Nickname + "" "" + user.ToJson();
        }
    }
}";

        private static readonly DateTimeOffset November30 = new(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset December1 = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));

        private readonly string _folder = Directory.CreateTempSubdirectory("fieldgen-tombstones-").FullName;

        private string SchemaPath => Path.Combine(_folder, "fields.json");

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public async Task Removed_field_and_option_warn_CS0618_round_trip_and_go_when_the_tombstone_expires()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => November30);
            Assert.Empty(InMemoryConsumer.Build(SchemaPath, Consumer).Diagnostics.Select(d => d.ToString()));

            server.Store.RemoveCustomField("USER", "nickname");
            server.Store.SeedCustomField(SeededTenant.School(new CustomFieldOption("pku", "Peking University")));
            SchemaPullResult removal = await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => December1);

            // December1 is 00:00 UTC on 2026-12-01 (08:00 at +8): the date is the UTC one.
            string file = File.ReadAllText(SchemaPath);
            Assert.Equal(2, CountOf(file, "\"removedAt\": \"2026-12-01\""));
            List<SchemaChange> warned = removal.Changes!.BreakingChanges.ToList();
            Assert.Equal(new[] { SchemaChangeKind.OptionTombstoned, SchemaChangeKind.FieldTombstoned }, warned.Select(c => c.Kind).OrderByDescending(k => k));
            Assert.All(warned, c => Assert.Contains("until 2026-12-31 (30 days)", c.ToText()));
            Assert.Contains("UserCustomData.School.Mit", warned.Single(c => c.Kind == SchemaChangeKind.OptionTombstoned).RemovedMembers);
            Assert.Contains("UserCustomData.Nickname", warned.Single(c => c.Kind == SchemaChangeKind.FieldTombstoned).RemovedMembers);
            Assert.Contains("[Obsolete]", File.ReadAllText(removal.ChangeReportPath!));

            InMemoryConsumer obsolete = InMemoryConsumer.Build(SchemaPath, Consumer);
            Assert.NotEmpty(obsolete.Diagnostics);
            Assert.All(obsolete.Diagnostics, d => Assert.Equal("CS0618", d.Id));
            Assert.All(obsolete.Diagnostics, d => Assert.Contains("Removed from the tenant on 2026-12-01", d.GetMessage()));
            Assert.Equal("True nickname {\"nickname\":\"nick2\",\"school\":\"mit\"}", obsolete.Run("Consumer.UsesRemoved"));

            // A pull within the 30 days leaves the file alone; on day 30 the tombstones are dropped.
            Assert.Equal(SchemaPullOutcome.Unchanged, (await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => December1.AddDays(29))).Outcome);
            SchemaPullResult expiry = await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => December1.AddDays(30));
            Assert.DoesNotContain("removedAt", File.ReadAllText(SchemaPath));
            Assert.Equal(new[] { SchemaChangeKind.OptionRemoved, SchemaChangeKind.FieldRemoved }, expiry.Changes!.BreakingChanges.Select(c => c.Kind).OrderByDescending(k => k));

            InMemoryConsumer gone = InMemoryConsumer.Build(SchemaPath, Consumer);
            IEnumerable<string> missing = gone.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.GetMessage());
            Assert.Contains(missing, m => m.Contains("'Mit'"));
            Assert.Contains(missing, m => m.Contains("'Nickname'"));
        }

        [Fact]
        public async Task Prune_drops_every_tombstone_at_once()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => November30);
            server.Store.RemoveCustomField("USER", "nickname");
            server.Store.SeedCustomField(SeededTenant.School(new CustomFieldOption("pku", "Peking University")));
            await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => December1);

            PulledSchema pruned = SchemaTombstones.Prune(File.ReadAllText(SchemaPath), out int count)!;

            Assert.Equal(2, count);
            string text = NormalizedSchemaWriter.Render(pruned, "2026-12-02T00:00:00Z");
            Assert.DoesNotContain("removedAt", text);
            Assert.DoesNotContain("\"nickname\"", text);
            Assert.DoesNotContain("\"mit\"", text);
            Assert.Contains("\"pku\"", text);

            string? pulledAt = SchemaFileStore.PulledAtOf(File.ReadAllText(SchemaPath));
            Cli.CliRun cli = await Cli.CliRun.RunAsync(null, "prune", SchemaPath);
            Assert.Equal(pulledAt, SchemaFileStore.PulledAtOf(File.ReadAllText(SchemaPath)));
            Assert.Equal(0, cli.ExitCode);
            Assert.Contains("2 tombstone(s) dropped", cli.Output);
            Assert.DoesNotContain("removedAt", File.ReadAllText(SchemaPath));
            Assert.Empty(InMemoryConsumer.Build(SchemaPath, "namespace Consumer { public static class Plain { public static string Run() => UserCustomData.Keys.School; } }").Diagnostics.Select(d => d.ToString()));
        }

        [Fact]
        public async Task A_field_that_comes_back_is_restored_without_a_duplicate()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => November30);
            server.Store.RemoveCustomField("USER", "nickname");
            await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => December1);
            server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "nickname", DataType = "STRING", Label = "Nick" });

            SchemaPullResult back = await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => December1.AddDays(3));

            string file = File.ReadAllText(SchemaPath);
            Assert.Equal(1, CountOf(file, "\"key\": \"nickname\""));
            Assert.DoesNotContain("removedAt", file);
            Assert.Contains(back.Changes!.Changes, c => c.Kind == SchemaChangeKind.FieldRestored && c.Key == "nickname");
            Assert.False(back.Changes.HasBreakingChanges);
            Assert.Empty(InMemoryConsumer.Build(SchemaPath, Consumer).Diagnostics.Select(d => d.ToString()));
        }

        [Fact]
        public async Task A_retyped_field_takes_the_new_type_and_drops_its_option_tombstones()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => November30);
            server.Store.SeedCustomField(SeededTenant.School(new CustomFieldOption("pku", "Peking University")));
            await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => December1);
            server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "school", DataType = "STRING", Label = "School" });

            SchemaPullResult retyped = await InProcessPull.PullAsync(server, SchemaPath, schemaClock: () => December1.AddDays(1));

            Assert.DoesNotContain("\"mit\"", File.ReadAllText(SchemaPath));
            Assert.Contains(retyped.Changes!.BreakingChanges, c => c.Kind == SchemaChangeKind.DataTypeChanged && c.Key == "school");
        }

        [Fact]
        public async Task The_CLI_takes_tombstone_days_and_refuses_a_bad_value()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, SchemaPath);
            server.Store.RemoveCustomField("USER", "nickname");

            Cli.CliRun bad = await Cli.CliRun.RunAsync(SeededTenant.Environment(server), "pull", SchemaPath, "--tombstone-days", "-1");
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("--tombstone-days='-1' is not a whole number of days", bad.Error);
            Assert.Contains("\"nickname\"", File.ReadAllText(SchemaPath));

            Cli.CliRun none = await Cli.CliRun.RunAsync(SeededTenant.Environment(server), "pull", SchemaPath, "--tombstone-days", "0");
            Assert.Equal(0, none.ExitCode);
            Assert.Contains("USER field 'nickname': field removed;", none.Error);
            Assert.DoesNotContain("\"nickname\"", File.ReadAllText(SchemaPath));
        }

        [Fact]
        public void A_removedAt_sent_by_the_server_does_not_make_a_live_field_obsolete()
        {
            var parsed = FieldGen.Parsing.Json.JsonTextParser.Parse("[{\"key\":\"age\",\"dataType\":\"NUMBER\",\"removedAt\":\"2026-01-01\"}]", out _)!;
            var tenant = new PulledSchema("https://api.authing.cn", null, new Dictionary<string, IReadOnlyList<FieldGen.Parsing.Json.JsonNode>> { ["USER"] = parsed.Items! });

            PulledSchema merged = SchemaTombstones.Merge(tenant, previousText: null, December1, 30);

            Assert.DoesNotContain("removedAt", NormalizedSchemaWriter.Render(merged, "2026-12-01T00:00:00Z"));
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
