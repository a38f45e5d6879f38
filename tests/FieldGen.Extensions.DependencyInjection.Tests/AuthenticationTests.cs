using System;
using System.Linq;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FieldGen.Extensions.DependencyInjection.Tests;

public sealed class AuthenticationTests
{
    private const string GetPath = "/api/v3/get-custom-data";

    [Fact]
    public async Task A_retried_signed_request_is_signed_again_with_a_new_nonce()
    {
        // Without a fresh signature per attempt the retry would resend the first nonce: 401, apiCode 1306.
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, HttpStatusCode = 500, Times = 1 });

        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");

        var attempts = harness.Server.Requests.Where(r => r.Path == GetPath).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].Authenticated);
        Assert.NotEqual(attempts[0].Headers["x-authing-signature-nonce"], attempts[1].Headers["x-authing-signature-nonce"]);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_management_token()
    {
        await using var harness = await ClientHarness.StartAsync(s => s["GenAuth:AuthScheme"] = "ManagementToken");
        GenAuthCustomDataClient client = harness.Client;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.GetCustomDataAsync<UserCustomData>("u" + i)));

        Assert.Equal(1, harness.Server.Counters.ManagementTokensIssued);
        Assert.Equal(20, harness.Server.Counters.BearerRequestsAccepted);
        Assert.Single(harness.Events(GenAuthEventIds.TokenFetched));
    }

    [Fact]
    public async Task The_token_is_renewed_shortly_before_it_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await ClientHarness.StartAsync(
            s => s["GenAuth:AuthScheme"] = "ManagementToken",
            services => services.AddSingleton<TimeProvider>(clock),
            new GenAuthTestServerOptions { ManagementTokenLifetime = TimeSpan.FromSeconds(600) });

        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");
        clock.Advance(TimeSpan.FromSeconds(530));
        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");
        clock.Advance(TimeSpan.FromSeconds(20));
        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");

        // 600 s tokens are renewed 60 s early: the second call still uses the first, the third does not.
        Assert.Equal(2, harness.Server.Counters.ManagementTokensIssued);
        Assert.Equal(0, harness.Server.Counters.Unauthorized);
    }

    [Fact]
    public async Task A_refused_token_is_fetched_again_once()
    {
        await using var harness = await ClientHarness.StartAsync(s => s["GenAuth:AuthScheme"] = "ManagementToken");
        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");
        harness.Server.RevokeManagementTokens();

        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");

        Assert.Equal(2, harness.Server.Counters.ManagementTokensIssued);
        Assert.Equal(1, harness.Server.Counters.Unauthorized);
        FakeLogRecordAssert.HasValue(Assert.Single(harness.Events(GenAuthEventIds.TokenRejected)), "ApiCode", GenAuthApiCodes.RevokedToken.ToString());
    }

    [Fact]
    public async Task Bad_credentials_fail_once_with_the_servers_status_and_no_secret()
    {
        await using var harness = await ClientHarness.StartAsync(s =>
        {
            s["GenAuth:AuthScheme"] = "ManagementToken";
            s["GenAuth:AccessKeySecret"] = "wrong-secret-value";
        });

        var failure = await Assert.ThrowsAsync<GenAuthApiException>(() => harness.Client.GetCustomDataAsync<UserCustomData>("u1"));

        Assert.Equal(401, failure.StatusCode);
        Assert.Equal(GenAuthApiCodes.BadCredentials, failure.ApiCode);
        Assert.DoesNotContain("wrong-secret-value", failure.ToString());
        Assert.DoesNotContain("wrong-secret-value", harness.AllLogText());
    }
}
