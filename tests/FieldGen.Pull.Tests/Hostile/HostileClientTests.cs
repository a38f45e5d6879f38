using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.Pull.Tests.Client;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>
    /// FieldGen.Client against the hostile tenant (the scenario is picked by the call's tenantId): every
    /// answer ends in a documented exception whose text is one redacted line, no redirect is followed,
    /// no answer is read past the cap, no header is injected.
    /// </summary>
    public sealed class HostileClientTests
    {
        [Fact]
        public async Task Every_hostile_answer_is_a_documented_exception_with_one_redacted_line()
        {
            await using var tenant = new HostileTenant();
            var outcome = new HostileOutcome();
            using var http = new HttpClient(GenAuthHttpHandler.Create()) { BaseAddress = tenant.Server.BaseAddress, Timeout = TimeSpan.FromSeconds(3) };
            var client = new GenAuthCustomDataClient(http, Options());
            foreach (HostileScenario scenario in tenant.FieldAnswers.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                outcome.Count();
                Exception? thrown = await Record(() => client.GetCustomDataAsync<UserCustomData>("u1", tenantId: scenario.Name));
                Check(scenario, thrown, outcome);
            }

            outcome.ScanFor(tenant);
            outcome.AssertClean();
        }

        [Fact]
        public async Task A_redirect_fails_the_call_even_when_the_callers_HttpClient_follows_it()
        {
            await using var tenant = new HostileTenant();
            using var following = new HttpClient { BaseAddress = tenant.Server.BaseAddress };
            var client = new GenAuthCustomDataClient(following, Options());

            foreach (int status in new[] { 301, 302, 307, 308 })
            {
                var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetCustomDataAsync<UserCustomData>("u1", tenantId: "redirect-" + status));
                Assert.Contains("a redirect", ex.Message);
            }

            var post = new UserCustomData { Age = 3 };
            await Assert.ThrowsAsync<HttpRequestException>(() => client.SetCustomDataAsync(post, "u1", tenantId: "redirect-307"));
            Assert.True(post.HasChanges, "a refused call keeps the changes");
        }

        [Fact]
        public async Task A_header_value_with_a_line_break_is_never_sent()
        {
            await using var tenant = new HostileTenant();
            using var http = new HttpClient(GenAuthHttpHandler.Create()) { BaseAddress = tenant.Server.BaseAddress };
            var options = Options();
            options.Language = "en-US\r\nx-injected: yes";
            var client = new GenAuthCustomDataClient(http, options);

            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetCustomDataAsync<UserCustomData>("u1"));

            Assert.Contains("control character", ex.Message);
            Assert.Empty(tenant.Server.Received);
        }

        [Fact]
        public void Plain_http_is_refused_for_a_host_that_is_not_loopback()
        {
            using var http = new HttpClient();
            var options = Options();
            options.Host = new Uri("http://genauth.example.com");

            var ex = Assert.Throws<ArgumentException>(() => new GenAuthCustomDataClient(http, options));

            Assert.Contains("plain http and not a loopback address", ex.Message);
        }

        private static GenAuthClientOptions Options() => new() { AccessKeyProvider = () => new GenAuthAccessKey(HostileTenant.AccessKeyId, HostileTenant.Secret) };

        /// <summary>A failure envelope is a GenAuthApiException, a redirect or an oversized answer an HttpRequestException, a drip a timeout; anything else may read (the fields list is no object's data) or fail as documented.</summary>
        private static void Check(HostileScenario hostile, Exception? thrown, HostileOutcome outcome)
        {
            string scenario = hostile.Name;
            // The runtime reads an unreadable statusCode (1e400) as no envelope: not the client's concern, as long as it does not leak.
            bool expected = scenario == "status-1e400" ? thrown is null or CustomDataFormatException or GenAuthApiException : hostile.ExpectedCode switch
            {
                "FG2008" or "FG2004" or "FG2005" => thrown is GenAuthApiException,
                "FG2006" or "FG2002" => thrown is HttpRequestException && (hostile.ExpectedText is null || thrown.Message.Contains(hostile.ExpectedText)),
                "FG2003" => thrown is TaskCanceledException,
                _ when hostile.ExpectedText is "a redirect" or "answered more than" || (hostile.ExpectedText?.StartsWith("HTTP 30") ?? false) =>
                    thrown is HttpRequestException && thrown.Message.Contains(hostile.ExpectedText == "answered more than" ? "answered more than" : "a redirect"),
                _ => thrown is null or CustomDataFormatException or GenAuthApiException,
            };
            outcome.Expect(expected, scenario, "outcome " + (thrown?.GetType().Name ?? "none") + " for " + hostile.ExpectedCode + ": " + thrown?.Message);
            if (thrown is null)
            {
                return;
            }

            string text = thrown.ToString();
            outcome.AddPlace(scenario + " exception", text + (thrown as GenAuthApiException)?.ApiMessage + (thrown as GenAuthApiException)?.RequestId);
            outcome.Expect(!thrown.Message.Contains('\n') && !thrown.Message.Contains('\r'), scenario, "a multi-line message: " + thrown.Message[..Math.Min(300, thrown.Message.Length)]);
            outcome.Expect(thrown.Message.Length <= HostileOutcome.MaxLineLength, scenario, "a message of " + thrown.Message.Length + " characters");
            outcome.Expect(!thrown.Message.Any(char.IsControl), scenario, "a control character in the message (a terminal escape when it is logged)");
        }

        private static async Task<Exception?> Record(Func<Task> call)
        {
            try
            {
                await call();
                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }
    }
}
