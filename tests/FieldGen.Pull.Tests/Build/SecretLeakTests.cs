using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Build
{
    /// <summary>
    /// Credentials are environment variables only, never MSBuild properties, so with default settings
    /// they reach neither the console, nor a binary log, nor any file the build writes. The control
    /// test shows the scan would find them: with MSBUILDLOGALLENVIRONMENTVARIABLES set, MSBuild itself
    /// records the secret in the .binlog (and FieldGen warns FG2012).
    /// </summary>
    [Collection(ChildBuildCollection.Name)]
    public sealed class SecretLeakTests
    {
        private readonly ConsumerProject _project;

        public SecretLeakTests(ConsumerProject project)
        {
            _project = project;
            _project.Reset();
        }

        [Fact]
        public async Task A_pull_with_a_binary_log_leaves_neither_the_secret_nor_the_token_anywhere()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            string binlog = Path.Combine(_project.Directory, "pull.binlog");
            string failedBinlog = Path.Combine(_project.Directory, "failed-pull.binlog");
            Dictionary<string, string> failing = SeededTenant.Environment(server);
            failing["FIELDGEN_HOST"] = ClosedPort.Address();

            ProcessResult pulled = await _project.BuildAsync(SeededTenant.Environment(server), "FieldGenPull", "-bl:" + binlog, "-p:FieldGenAuthScheme=ManagementToken");
            ProcessResult failed = await _project.BuildAsync(failing, "FieldGenPull", "-bl:" + failedBinlog, "-p:FieldGenAuthScheme=ManagementToken");

            Assert.True(pulled.ExitCode == 0 && pulled.Output.Contains("pulled 5 custom fields"), pulled.ToString());
            Assert.Contains("warning FG2002", failed.Output);
            Assert.Equal(1, server.Counters.ManagementTokensIssued);
            Assert.Equal(4, server.Counters.BearerRequestsAccepted);
            byte[] log = SecretScanner.ReadBinaryLog(binlog);
            Assert.True(SecretScanner.Contains(log, "pulled 5 custom fields"), "the scan reads the decompressed binlog");
            Assert.DoesNotContain("FG2012", pulled.Output);

            var places = new List<(string Name, byte[] Bytes)>
            {
                ("console output", Encoding.UTF8.GetBytes(pulled.Output + failed.Output)),
                ("binlog", log),
                ("binlog of the failed pull", SecretScanner.ReadBinaryLog(failedBinlog)),
            };
            foreach (string file in Directory.GetFiles(_project.Directory, "*", SearchOption.AllDirectories))
            {
                places.Add((file, File.ReadAllBytes(file)));
            }

            foreach (var (name, bytes) in places)
            {
                Assert.False(SecretScanner.Contains(bytes, server.AccessKeySecret), "the access key secret is in " + name);
                Assert.False(SecretScanner.Contains(bytes, SecretScanner.TestServerTokenPrefix), "a management token is in " + name);
            }
        }

        [Fact]
        public async Task With_MSBUILDLOGALLENVIRONMENTVARIABLES_MSBuild_logs_the_secret_and_FG2012_warns()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            string binlog = Path.Combine(_project.Directory, "all-environment.binlog");
            Dictionary<string, string> environment = SeededTenant.Environment(server);
            environment["MSBUILDLOGALLENVIRONMENTVARIABLES"] = "1";

            ProcessResult result = await _project.BuildAsync(environment, "FieldGenPull", "-bl:" + binlog);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("warning FG2012: MSBUILDLOGALLENVIRONMENTVARIABLES is set", result.Output);
            Assert.True(SecretScanner.Contains(SecretScanner.ReadBinaryLog(binlog), server.AccessKeySecret), "MSBuild records every environment variable in this mode");
            Assert.False(SecretScanner.Contains(result.Output, server.AccessKeySecret));
        }
    }
}
