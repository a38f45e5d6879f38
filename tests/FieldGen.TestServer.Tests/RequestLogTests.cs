using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task The_log_records_method_path_and_headers_but_never_the_secret_nor_tokens()
    {
        await using var session = await ServerSession.StartAsync();
        string token = await session.GetTokenAsync();
        await session.SendAsync(session.WithToken(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER", token));
        await session.SendAsync(SignedRequest.Get("/api/v3/get-custom-data", ("targetType", "USER"), ("targetIdentifier", "u1")));
        await session.RequestTokenAsync(session.Server.AccessKeyId, "a-wrong-secret");

        var log = session.Server.Requests;

        Assert.Equal(4, log.Count);
        Assert.Equal(("POST", "/api/v3/get-management-token"), (log[0].Method, log[0].Path));
        Assert.Null(log[0].Body);
        Assert.Equal("Bearer <redacted>", log[1].Headers["authorization"]);
        Assert.Equal(session.Server.UserPoolId, log[1].Headers["x-authing-userpool-id"]);
        Assert.Equal($"authing {session.Server.AccessKeyId}:<redacted>", log[2].Headers["authorization"]);
        Assert.Equal("?targetType=USER&targetIdentifier=u1", log[2].QueryString);
        Assert.Null(log[3].Body);
        string everything = string.Join("\n", log.Select(r => r.ToString() + string.Join(",", r.Headers.Select(h => h.Key + "=" + h.Value))));
        Assert.DoesNotContain(session.Server.AccessKeySecret, everything);
        Assert.DoesNotContain(token, everything);
        Assert.DoesNotContain("a-wrong-secret", everything);
    }

    [Fact]
    public async Task A_secret_sent_anywhere_else_is_masked()
    {
        await using var session = await ServerSession.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER&leak=" + session.Server.AccessKeySecret);
        request.Headers.TryAddWithoutValidation("x-debug", "secret=" + session.Server.AccessKeySecret);

        await session.SendAsync(request);

        var entry = session.Server.Requests.Single();
        Assert.Equal("?targetType=USER&leak=<redacted>", entry.QueryString);
        Assert.Equal("secret=<redacted>", entry.Headers["x-debug"]);
    }

    [Fact]
    public async Task ClearRequests_empties_the_log()
    {
        await using var session = await ServerSession.StartAsync();
        await session.GetTokenAsync();

        session.Server.ClearRequests();

        Assert.Empty(session.Server.Requests);
        Assert.Equal(1, session.Server.Counters.Requests);
    }
}
