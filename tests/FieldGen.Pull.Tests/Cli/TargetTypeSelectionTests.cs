using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Cli
{
    /// <summary>The pull asks only for the TargetTypes it needs and survives a type the server refuses (get-custom-fields does not support GROUP, per its docs).</summary>
    public sealed class TargetTypeSelectionTests : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("fieldgen-targets-").FullName;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        private string SchemaPath => Path.Combine(_directory, "fieldgen.schema.json");

        [Fact]
        public async Task A_server_refusing_GROUP_gives_one_warning_the_other_types_are_pulled_and_GROUPs_fields_in_the_file_are_kept()
        {
            // The file already holds a GROUP field, from a server that served GROUP.
            await using (GenAuthTestServer earlier = await SeededTenant.StartAsync())
            {
                earlier.Store.SeedCustomField(new CustomField { TargetType = "GROUP", Key = "team_size", DataType = "NUMBER", Label = "Team size" });
                Assert.Equal(0, (await CliRun.RunAsync(SeededTenant.Environment(earlier), "pull", SchemaPath)).ExitCode);
            }

            await using GenAuthTestServer server = await SeededTenant.StartAsync(new GenAuthTestServerOptions());
            server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "motto", DataType = "STRING", Label = "座右铭" });
            server.Store.SeedCustomField(new CustomField { TargetType = "GROUP", Key = "never_served", DataType = "STRING" });

            CliRun pull = await CliRun.RunAsync(SeededTenant.Environment(server), "pull", SchemaPath);

            Assert.True(pull.ExitCode == 0, pull.ToString());
            string warning = Assert.Single(pull.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("warning"));
            Assert.Contains("warning FG2013: get-custom-fields (GROUP) answered statusCode 400", warning);
            Assert.Contains("该接口暂不支持分组(GROUP)", warning);
            Assert.Contains("the 1 GROUP fields already in fieldgen.schema.json are kept unchanged", warning);
            string file = File.ReadAllText(SchemaPath);
            foreach (string key in new[] { "school", "age", "nickname", "motto", "level", "cost_center", "team_size" })
            {
                Assert.Contains("\"key\": \"" + key + "\"", file);
            }

            Assert.DoesNotContain("never_served", file);
            Assert.Equal(new[] { "USER", "ROLE", "GROUP", "DEPARTMENT" }, RequestedTypes(server));
        }

        [Fact]
        public async Task Target_types_decide_which_types_are_requested_and_the_others_are_kept()
        {
            await using (GenAuthTestServer earlier = await SeededTenant.StartAsync())
            {
                Assert.Equal(0, (await CliRun.RunAsync(SeededTenant.Environment(earlier), "pull", SchemaPath)).ExitCode);
            }

            await using GenAuthTestServer server = await SeededTenant.StartAsync(new GenAuthTestServerOptions());
            server.Store.RemoveCustomField("DEPARTMENT", "cost_center");

            CliRun pull = await CliRun.RunAsync(SeededTenant.Environment(server), "pull", SchemaPath, "--target-types", "USER,ROLE");

            Assert.True(pull.ExitCode == 0, pull.ToString());
            Assert.DoesNotContain("warning", pull.Error);
            Assert.Equal(new[] { "USER", "ROLE" }, RequestedTypes(server));
            Assert.Contains("\"key\": \"cost_center\"", File.ReadAllText(SchemaPath));
        }

        private static IEnumerable<string> RequestedTypes(GenAuthTestServer server) =>
            server.Requests.Where(r => r.Path == "/api/v3/get-custom-fields").Select(r => Regex.Match(r.QueryString, "targetType=([A-Z]+)").Groups[1].Value).ToList();
    }
}
