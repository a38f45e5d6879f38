using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Changes;
using FieldGen.Management.Configuration;
using FieldGen.Management.Pull;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Management
{
    /// <summary>The optional management-token flow: cached until shortly before expiry, fetched again once on a 401.</summary>
    public sealed class ManagementTokenFlowTests : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("fieldgen-token-").FullName;
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        private async Task<SchemaPullResult> PullAsync(GenAuthTestServer server, ManagementTokenCache cache, string? secret = null)
        {
            using var http = new HttpClient();
            var puller = new SchemaPuller(http, InProcessPull.Connection(server, GenAuthScheme.ManagementToken, secret), cache, () => _now);
            return await puller.PullAsync(new SchemaPullTarget(Path.Combine(_directory, "schema.json"), null, GeneratorOptions.Create(null, null, false, null)), CancellationToken.None);
        }

        [Fact]
        public async Task One_token_serves_several_pulls()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            var cache = new ManagementTokenCache(() => _now);

            await PullAsync(server, cache);
            await PullAsync(server, cache);

            Assert.Equal(1, server.Counters.ManagementTokensIssued);
            Assert.Equal(8, server.Counters.BearerRequestsAccepted);
        }

        [Fact]
        public async Task A_revoked_token_is_fetched_again_once_and_the_pull_succeeds()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();
            var cache = new ManagementTokenCache(() => _now);
            await PullAsync(server, cache);
            server.RevokeManagementTokens();

            SchemaPullResult result = await PullAsync(server, cache);

            Assert.Equal(SchemaPullOutcome.Unchanged, result.Outcome);
            Assert.Equal(2, server.Counters.ManagementTokensIssued);
            Assert.Equal(1, server.Counters.Unauthorized);
        }

        [Fact]
        public async Task A_token_is_replaced_shortly_before_it_expires()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync(new GenAuthTestServerOptions { ManagementTokenLifetime = TimeSpan.FromSeconds(100), AllowGroupCustomFields = true });
            var cache = new ManagementTokenCache(() => _now);
            await PullAsync(server, cache);

            _now += TimeSpan.FromSeconds(85);
            await PullAsync(server, cache);
            Assert.Equal(1, server.Counters.ManagementTokensIssued);

            // A tenth of the lifetime (10 s) before expiry the cached token is no longer used.
            _now += TimeSpan.FromSeconds(6);
            await PullAsync(server, cache);
            Assert.Equal(2, server.Counters.ManagementTokensIssued);
            Assert.Equal(0, server.Counters.Unauthorized);
        }

        [Fact]
        public async Task Wrong_credentials_at_the_token_endpoint_fail_with_FG2004_and_are_not_retried()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();

            PullException failure = await Assert.ThrowsAsync<PullException>(() => PullAsync(server, new ManagementTokenCache(() => _now), secret: "wrong-secret-123"));

            Assert.Equal("FG2004", failure.Failure.Code);
            Assert.Contains("get-management-token answered statusCode 401, apiCode 2333", failure.Failure.Problem);
            Assert.Equal(1, server.Counters.Requests);
            Assert.DoesNotContain("wrong-secret-123", failure.ToString());
        }

        [Fact]
        public void Both_schemes_are_refused_over_plain_http_to_a_remote_host()
        {
            Func<string, string?> environment = name => name switch
            {
                "FIELDGEN_ACCESS_KEY_ID" => "id",
                "FIELDGEN_ACCESS_KEY_SECRET" => "secret-value",
                _ => null,
            };

            GenAuthConnection? refused = ConnectionSettings.Read("http://genauth.example", "ManagementToken", null, environment, SettingNames.MSBuild, out PullFailure? problem);
            GenAuthConnection? signed = ConnectionSettings.Read("http://genauth.example", null, null, environment, SettingNames.MSBuild, out PullFailure? signedProblem);
            GenAuthConnection? loopback = ConnectionSettings.Read("http://127.0.0.1:5000", "ManagementToken", null, environment, SettingNames.MSBuild, out _);

            Assert.Null(refused);
            Assert.Equal("FG2010", problem!.Code);
            Assert.Contains("would send the access key secret in clear text", problem.Problem);
            Assert.Null(signed);
            Assert.Contains("not a loopback address", signedProblem!.Problem);
            Assert.NotNull(loopback);
        }
    }
}
