using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.Pull.Tests.Cli;
using FieldGen.Pull.Tests.Client;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Management
{
    /// <summary>
    /// The pull's and the client's requests look like authing-node-sdk 4.0.1's (read from its
    /// dist/ManagementHttpClient.js and utils/buildSignature.js): the API path signed under a host with a
    /// path prefix, <c>x-authing-app-id</c> with a tenant, <c>x-authing-lang: zh-CN</c>, <c>accept</c> and <c>content-type</c>.
    /// </summary>
    public sealed class NodeLikeRequestTests : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("fieldgen-node-like-").FullName;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Fact]
        public async Task The_pull_works_through_a_host_with_a_path_prefix_and_sends_nodes_headers()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync(new GenAuthTestServerOptions { PathBase = "/genauth", AllowGroupCustomFields = true });
            Assert.EndsWith("/genauth/", server.BaseAddress.ToString());

            CliRun pull = await CliRun.RunAsync(SeededTenant.Environment(server), "pull", Path.Combine(_directory, "fieldgen.schema.json"), "--tenant", "t1");

            Assert.True(pull.ExitCode == 0, pull.ToString());
            Assert.Equal(4, server.Requests.Count);
            Assert.All(server.Requests, r =>
            {
                Assert.True(r.Authenticated, "signed over the API path under the prefix");
                Assert.Equal("application/json", r.Headers["accept"]);
                Assert.Equal("zh-CN", r.Headers["x-authing-lang"]);
                Assert.Equal("t1", r.Headers["x-authing-app-id"]);
            });
        }

        [Fact]
        public async Task The_pull_asks_for_English_messages_when_told()
        {
            await using GenAuthTestServer server = await SeededTenant.StartAsync();

            CliRun pull = await CliRun.RunAsync(SeededTenant.Environment(server), "pull", Path.Combine(_directory, "fieldgen.schema.json"), "--lang", "en-US");

            Assert.True(pull.ExitCode == 0, pull.ToString());
            Assert.All(server.Requests, r => Assert.Equal("en-US", r.Headers["x-authing-lang"]));
            Assert.All(server.Requests, r => Assert.False(r.Headers.ContainsKey("x-authing-app-id"), "no tenant, no x-authing-app-id"));
        }

        [Fact]
        public async Task The_client_works_through_a_host_with_a_path_prefix_and_sends_nodes_headers()
        {
            await using GenAuthTestServer server = await GenAuthTestServer.StartAsync(new GenAuthTestServerOptions { PathBase = "genauth" });
            server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "nickname", DataType = "STRING" }, tenantId: "t1");
            using var http = new HttpClient();
            var client = new GenAuthCustomDataClient(http, new GenAuthClientOptions
            {
                Host = server.BaseAddress,
                AccessKeyProvider = () => new GenAuthAccessKey(server.AccessKeyId, server.AccessKeySecret),
            });

            var user = await client.GetCustomDataAsync<UserCustomData>("u1", tenantId: "t1");
            user.Nickname = "nick";
            await client.SetCustomDataAsync(user, "u1", tenantId: "t1");

            Assert.Equal(new[] { "GET", "POST" }, server.Requests.Select(r => r.Method));
            Assert.All(server.Requests, r =>
            {
                Assert.True(r.Authenticated, r.Method + " signed over the API path under the prefix");
                Assert.Equal("application/json", r.Headers["accept"]);
                Assert.Equal("zh-CN", r.Headers["x-authing-lang"]);
                Assert.Equal("t1", r.Headers["x-authing-app-id"]);
            });
            Assert.Equal("application/json", server.Requests[1].Headers["content-type"]);
        }
    }
}
