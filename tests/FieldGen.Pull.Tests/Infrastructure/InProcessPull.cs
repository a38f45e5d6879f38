using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Changes;
using FieldGen.Management.Configuration;
using FieldGen.Management.Pull;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Infrastructure
{
    /// <summary>Runs the pull in the test process (what the task runs), to set up a file fast or to test the library itself.</summary>
    internal static class InProcessPull
    {
        public static GenAuthConnection Connection(GenAuthTestServer server, GenAuthScheme scheme = GenAuthScheme.Signature, string? secret = null, TimeSpan? timeout = null) =>
            new(server.BaseAddress, new GenAuthCredentials(server.AccessKeyId, secret ?? server.AccessKeySecret, null), scheme, timeout ?? TimeSpan.FromSeconds(10));

        public static async Task<SchemaPullResult> PullAsync(GenAuthTestServer server, string schemaPath, Func<DateTimeOffset>? clock = null, Func<DateTimeOffset>? schemaClock = null)
        {
            using var http = new HttpClient();
            var puller = new SchemaPuller(http, Connection(server), new ManagementTokenCache(() => DateTimeOffset.UtcNow), clock ?? (() => DateTimeOffset.UtcNow), schemaClock);
            return await puller.PullAsync(new SchemaPullTarget(schemaPath, null, GeneratorOptions.Create(null, null, false, null)), CancellationToken.None);
        }
    }
}
