using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Changes;
using FieldGen.Management.Configuration;
using FieldGen.Management.Pull;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>The pull library on an HttpClient that does follow redirects (a caller's own): the answer from another address is still refused.</summary>
    public sealed class HostilePullerTests
    {
        [Theory]
        [InlineData("redirect-302")]
        [InlineData("redirect-307")]
        public async Task A_redirect_followed_by_the_HttpClient_is_refused_and_no_file_is_written(string scenario)
        {
            await using var tenant = new HostileTenant();
            using var following = new HttpClient();
            var connection = new GenAuthConnection(tenant.Server.BaseAddress, new GenAuthCredentials(HostileTenant.AccessKeyId, HostileTenant.Secret, null), GenAuthScheme.Signature, TimeSpan.FromSeconds(5));
            var puller = new SchemaPuller(following, connection, new ManagementTokenCache(() => DateTimeOffset.UtcNow), () => DateTimeOffset.UtcNow);
            string path = Path.Combine(Path.GetTempPath(), "fieldgen-redirect-" + Guid.NewGuid().ToString("N") + ".json");

            PullException ex = await Assert.ThrowsAsync<PullException>(() => puller.PullAsync(new SchemaPullTarget(path, scenario, GeneratorOptions.Create(null, null, false, null)), CancellationToken.None));

            Assert.Equal("FG2007", ex.Failure.Code);
            Assert.Contains("a redirect", ex.Failure.Problem);
            Assert.False(File.Exists(path));
        }
    }
}
