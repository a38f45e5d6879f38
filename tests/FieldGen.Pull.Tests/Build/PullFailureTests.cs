using System.IO;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Build
{
    /// <summary>
    /// Every failure leaves the last schema file as it was, logs its FG warning with what happened and
    /// what to do, and the build succeeds; FieldGenPullStrict=true turns the warning into an error.
    /// </summary>
    [Collection(ChildBuildCollection.Name)]
    public sealed class PullFailureTests
    {
        private readonly ConsumerProject _project;

        public PullFailureTests(ConsumerProject project)
        {
            _project = project;
            _project.Reset();
        }

        [Theory]
        [InlineData(PullFailureSetup.NoNetwork, "FG2002", "could not reach http://127.0.0.1:")]
        [InlineData(PullFailureSetup.Timeout, "FG2003", "did not answer within 0.5 s")]
        [InlineData(PullFailureSetup.Unauthorized, "FG2004", "answered statusCode 401, apiCode 1300")]
        [InlineData(PullFailureSetup.Forbidden, "FG2005", "answered statusCode 403")]
        [InlineData(PullFailureSetup.ServerError, "FG2006", "answered statusCode 500")]
        [InlineData(PullFailureSetup.NotJson, "FG2007", "answered HTTP 200 with a body that is not JSON (text/html")]
        [InlineData(PullFailureSetup.FailureEnvelope, "FG2008", "answered statusCode 429, apiCode 4290: Throttle")]
        [InlineData(PullFailureSetup.NoCredentials, "FG2001", "FIELDGEN_ACCESS_KEY_ID and FIELDGEN_ACCESS_KEY_SECRET are not set")]
        public async Task A_failed_pull_warns_and_the_build_goes_on_with_the_last_schema_file(string failure, string code, string problem)
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            await InProcessPull.PullAsync(server, _project.SchemaPath);
            byte[] before = File.ReadAllBytes(_project.SchemaPath);
            var (environment, arguments) = PullFailureSetup.Arrange(failure, server);

            ProcessResult result = await _project.BuildAsync(environment, "FieldGenPull", arguments);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("warning " + code + ": ", result.Output);
            Assert.Contains(problem, result.Output);
            Assert.Contains("the build goes on with the last schema file fieldgen.schema.json", result.Output);
            Assert.Equal(before, File.ReadAllBytes(_project.SchemaPath));
            Assert.False(SecretScanner.Contains(result.Output, server.AccessKeySecret), result.Output);
        }

        [Theory]
        [InlineData(PullFailureSetup.ServerError, "FG2006")]
        [InlineData(PullFailureSetup.NoCredentials, "FG2001")]
        public async Task Strict_turns_the_failure_into_an_error_that_fails_the_build(string failure, string code)
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            var (environment, arguments) = PullFailureSetup.Arrange(failure, server);

            ProcessResult result = await _project.BuildAsync(environment, "FieldGenPull", [.. arguments, "-p:FieldGenPullStrict=true"]);

            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Contains("error " + code + ": ", result.Output);
            Assert.Contains("FieldGenPullStrict is true", result.Output);
            Assert.False(File.Exists(_project.SchemaPath));
        }
    }
}
