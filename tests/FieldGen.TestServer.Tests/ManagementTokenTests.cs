using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class ManagementTokenTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Token_is_a_JWT_scoped_to_the_user_pool_with_the_configured_expiry()
    {
        var clock = new ManualClock(Start);
        await using var session = await ServerSession.StartAsync(new GenAuthTestServerOptions { ManagementTokenLifetime = TimeSpan.FromSeconds(600), TimeProvider = clock });

        var reply = await session.RequestTokenAsync(session.Server.AccessKeyId, session.Server.AccessKeySecret);

        reply.AssertSuccess();
        Assert.Equal(600, (int)reply.Data!["expires_in"]!);
        string[] parts = ((string)reply.Data["access_token"]!).Split('.');
        Assert.Equal(3, parts.Length);
        JsonNode payload = JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        Assert.Equal(session.Server.UserPoolId, (string?)payload["scoped_userpool_id"]);
        Assert.Equal(Start.AddSeconds(600).ToUnixTimeSeconds(), (long)payload["exp"]!);
        Assert.Equal("JWT", (string?)JsonNode.Parse(Base64UrlDecode(parts[0]))!["typ"]);
        Assert.Equal(1, session.Server.Counters.ManagementTokensIssued);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Bad_credentials_get_a_401_envelope_with_apiCode_2333_over_HTTP_200(bool wrongId, bool wrongSecret)
    {
        await using var session = await ServerSession.StartAsync();

        var reply = await session.RequestTokenAsync(
            wrongId ? "nobody" : session.Server.AccessKeyId, wrongSecret ? "wrong-secret" : session.Server.AccessKeySecret);

        reply.AssertFailure(401, GenAuthApiCodes.BadCredentials);
        Assert.Equal(0, session.Server.Counters.ManagementTokensIssued);
        Assert.Equal(1, session.Server.Counters.Unauthorized);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Bearer_and_bare_tokens_are_accepted_with_the_user_pool_header(bool bare)
    {
        await using var session = await ServerSession.StartAsync();
        string token = await session.GetTokenAsync();

        var reply = await session.SendAsync(session.WithToken(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER", token, bare: bare));

        reply.AssertSuccess();
        Assert.Equal(1, session.Server.Counters.BearerRequestsAccepted);
        Assert.Equal(AuthScheme.Bearer, session.Server.Requests[^1].AuthScheme);
        Assert.True(session.Server.Requests[^1].Authenticated);
    }

    [Fact]
    public async Task A_token_needs_the_matching_user_pool_header()
    {
        await using var session = await ServerSession.StartAsync();
        string token = await session.GetTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        request.Headers.TryAddWithoutValidation("x-authing-userpool-id", "another-pool");

        var reply = await session.SendAsync(request);

        reply.AssertFailure(401, GenAuthApiCodes.UserPoolMismatch);
    }

    [Fact]
    public async Task Unknown_token_and_missing_authorization_are_401()
    {
        await using var session = await ServerSession.StartAsync();

        var forged = await session.SendAsync(session.WithToken(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER", "a.b.c"));
        var none = await session.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER"));

        forged.AssertFailure(401, GenAuthApiCodes.InvalidToken);
        none.AssertFailure(401, GenAuthApiCodes.MissingAuthorization);
        Assert.Equal(2, session.Server.Counters.Unauthorized);
    }

    [Fact]
    public async Task Expired_token_is_401_and_a_fresh_one_works()
    {
        var clock = new ManualClock(Start);
        await using var session = await ServerSession.StartAsync(new GenAuthTestServerOptions { ManagementTokenLifetime = TimeSpan.FromSeconds(60), TimeProvider = clock });
        string token = await session.GetTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(59));
        (await session.SendAsync(session.WithToken(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER", token))).AssertSuccess();

        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await session.SendAsync(session.WithToken(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER", token));

        expired.AssertFailure(401, GenAuthApiCodes.ExpiredToken);
        string fresh = await session.GetTokenAsync();
        (await session.SendAsync(session.WithToken(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER", fresh))).AssertSuccess();
    }

    [Fact]
    public async Task Revoked_tokens_are_401_until_the_client_refetches()
    {
        await using var session = await ServerSession.StartAsync();
        string token = await session.GetTokenAsync();

        Assert.Equal(1, session.Server.RevokeManagementTokens());
        var revoked = await session.SendAsync(session.WithToken(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER", token));

        revoked.AssertFailure(401, GenAuthApiCodes.RevokedToken);
        string fresh = await session.GetTokenAsync();
        Assert.NotEqual(token, fresh);
        (await session.SendAsync(session.WithToken(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER", fresh))).AssertSuccess();
    }

    private static string Base64UrlDecode(string segment)
    {
        string base64 = segment.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
    }
}
