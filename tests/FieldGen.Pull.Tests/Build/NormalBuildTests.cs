using System.Linq;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Build
{
    /// <summary>A normal build reads the checked-in file and never calls GenAuth; FieldGenAutoPullMaxAge opts in to a pull when the last one is old.</summary>
    [Collection(ChildBuildCollection.Name)]
    public sealed class NormalBuildTests
    {
        private readonly ConsumerProject _project;

        public NormalBuildTests(ConsumerProject project)
        {
            _project = project;
            _project.Reset();
        }

        [Fact]
        public async Task A_build_compiles_against_the_pulled_file_without_network_and_auto_pull_is_opt_in_and_rate_limited()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, _project.SchemaPath);
            server.ClearRequests();

            // Consumer.cs uses UserCustomData.School.Pku and UserCustomData.Keys.Age, generated from the pulled file.
            ProcessResult normal = await _project.BuildAsync(SeededTenant.Environment(server), target: null);
            Assert.True(normal.ExitCode == 0, normal.ToString());
            Assert.Empty(server.Requests);

            ProcessResult auto = await _project.BuildAsync(SeededTenant.Environment(server), target: null, "-p:FieldGenAutoPullMaxAge=1h");
            Assert.True(auto.ExitCode == 0, auto.ToString());
            Assert.Contains("unchanged, file left as is", auto.Output);
            Assert.Equal(4, server.Requests.Count(r => r.Path == "/api/v3/get-custom-fields"));

            ProcessResult again = await _project.BuildAsync(SeededTenant.Environment(server), target: null, "-p:FieldGenAutoPullMaxAge=1h");
            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.Equal(4, server.Requests.Count);
        }
    }
}
