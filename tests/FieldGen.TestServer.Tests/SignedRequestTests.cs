using System;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class SignedRequestTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Signed_GET_with_query_parameters_verifies()
    {
        await using var session = await StartAsync();

        var reply = await session.SendAsync(Signed(SignedRequest.Get("/api/v3/get-custom-data", ("targetType", "USER"), ("targetIdentifier", "user 1/ü"))));

        reply.AssertSuccess();
        Assert.Equal(1, session.Server.Counters.SignedRequestsVerified);
        Assert.Equal(AuthScheme.Signature, session.Server.Requests[^1].AuthScheme);
    }

    [Fact]
    public async Task Signed_POST_covers_top_level_body_values_strings_bare_numbers_and_arrays_as_JSON()
    {
        await using var session = await StartAsync();
        var body = new JsonObject
        {
            ["targetType"] = "USER",
            ["targetIdentifier"] = "u1",
            ["namespace"] = null,
            ["list"] = new JsonArray(new JsonObject { ["key"] = "age", ["value"] = 18 }, new JsonObject { ["key"] = "school", ["value"] = "北大" }),
        };

        var reply = await session.SendAsync(Signed(SignedRequest.Post("/api/v3/set-custom-data", body)));

        reply.AssertSuccess();
        Assert.Equal(18.0, (double)session.Server.Store.GetCustomData(new CustomDataTarget("USER", "u1"))["age"]!);
    }

    [Fact]
    public async Task A_null_body_value_is_signed_as_the_text_null_like_the_Node_SDK_does()
    {
        await using var session = await StartAsync();
        var request = Signed(SignedRequest.Post("/api/v3/set-custom-data", new JsonObject
        {
            ["targetType"] = "USER", ["targetIdentifier"] = "u1", ["tenantId"] = null, ["list"] = new JsonArray(),
        }));
        var signedWithoutNull = Signed(SignedRequest.Post("/api/v3/set-custom-data", new JsonObject
        {
            ["targetType"] = "USER", ["targetIdentifier"] = "u1", ["list"] = new JsonArray(),
        }));
        using var message = signedWithoutNull.Build(session.Server.AccessKeyId, session.Server.AccessKeySecret);
        message.Content = new StringContent("{\"targetType\":\"USER\",\"targetIdentifier\":\"u1\",\"tenantId\":null,\"list\":[]}", System.Text.Encoding.UTF8, "application/json");

        (await session.SendAsync(request)).AssertSuccess();
        (await session.SendAsync(message)).AssertFailure(401, GenAuthApiCodes.BadSignature);
    }

    [Fact]
    public async Task Epoch_millisecond_x_authing_date_is_accepted_instead_of_date()
    {
        await using var session = await StartAsync();
        var request = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        request.DateAsEpochMilliseconds = true;

        (await session.SendAsync(request)).AssertSuccess();
    }

    [Fact]
    public async Task Signed_tenant_header_is_part_of_the_signature()
    {
        await using var session = await StartAsync();
        var signed = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        signed.Headers["x-authing-app-id"] = "tenant-1";
        var unsigned = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        unsigned.UnsignedHeaders["x-authing-app-id"] = "tenant-1";

        (await session.SendAsync(signed)).AssertSuccess();
        (await session.SendAsync(unsigned)).AssertFailure(401, GenAuthApiCodes.BadSignature);
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(16)]
    public async Task Timestamp_outside_the_allowed_skew_is_1305(int minutes)
    {
        await using var session = await StartAsync();
        var request = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        request.Date = Now.AddMinutes(minutes);

        (await session.SendAsync(request)).AssertFailure(401, GenAuthApiCodes.ClockSkew);
    }

    [Fact]
    public async Task Allowed_skew_is_configurable()
    {
        await using var session = await StartAsync(TimeSpan.FromMinutes(1));
        var within = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        within.Date = Now.AddSeconds(-59);
        var beyond = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        beyond.Date = Now.AddSeconds(-61);

        (await session.SendAsync(within)).AssertSuccess();
        (await session.SendAsync(beyond)).AssertFailure(401, GenAuthApiCodes.ClockSkew);
    }

    [Fact]
    public async Task Unparsable_timestamp_is_1303_and_missing_timestamp_is_1304()
    {
        await using var session = await StartAsync();
        var garbled = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        garbled.Date = null;
        garbled.Headers["x-authing-date"] = "yesterday";
        var missing = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        missing.Date = null;

        (await session.SendAsync(garbled)).AssertFailure(401, GenAuthApiCodes.BadTimestamp);
        (await session.SendAsync(missing)).AssertFailure(401, GenAuthApiCodes.MissingDate);
    }

    [Fact]
    public async Task Replayed_nonce_is_1306_but_a_forged_request_does_not_spend_it()
    {
        await using var session = await StartAsync();
        var forged = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        forged.Nonce = "n-1";
        var first = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        first.Nonce = "n-1";
        var replay = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "ROLE")));
        replay.Nonce = "n-1";

        (await session.SendAsync(forged.Build(session.Server.AccessKeyId, "not-the-secret"))).AssertFailure(401, GenAuthApiCodes.BadSignature);
        (await session.SendAsync(first)).AssertSuccess();
        (await session.SendAsync(replay)).AssertFailure(401, GenAuthApiCodes.ReplayedNonce);
    }

    [Fact]
    public async Task Missing_nonce_is_1302()
    {
        await using var session = await StartAsync();
        var request = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        request.Nonce = null;

        (await session.SendAsync(request)).AssertFailure(401, GenAuthApiCodes.MissingNonce);
    }

    [Fact]
    public async Task Bad_signature_is_1300_and_the_message_shows_what_the_server_signed_but_no_secret()
    {
        await using var session = await StartAsync();
        var tampered = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        using var message = tampered.Build(session.Server.AccessKeyId, session.Server.AccessKeySecret);
        message.RequestUri = new Uri("/api/v3/get-custom-fields?targetType=ROLE", UriKind.Relative);

        var reply = await session.SendAsync(message);

        reply.AssertFailure(401, GenAuthApiCodes.BadSignature);
        Assert.Contains("/api/v3/get-custom-fields?targetType=ROLE", reply.Message);
        Assert.DoesNotContain(session.Server.AccessKeySecret, reply.Text);
    }

    [Fact]
    public async Task Unknown_access_key_is_2333_and_a_malformed_authorization_is_1301()
    {
        await using var session = await StartAsync();
        var unknown = Signed(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        var malformed = new HttpRequestMessage(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER");
        malformed.Headers.TryAddWithoutValidation("authorization", "authing no-colon-here");

        (await session.SendAsync(unknown.Build("someone-else", session.Server.AccessKeySecret))).AssertFailure(401, GenAuthApiCodes.BadCredentials);
        (await session.SendAsync(malformed)).AssertFailure(401, GenAuthApiCodes.MalformedSignature);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_request_without_parameters_verifies_whether_signed_with_or_without_the_question_mark(bool questionMark)
    {
        await using var session = await StartAsync();

        // Node signs "path?" when its parameter object has keys whose values are all undefined; the body then is "{}".
        var request = Signed(SignedRequest.Post("/api/v2/udfs/search", new JsonObject()));
        request.SignEmptyParameterList = questionMark;

        (await session.SendAsync(request)).AssertSuccess();
        Assert.Equal(1, session.Server.Counters.SignedRequestsVerified);
    }

    private static SignedRequest Signed(SignedRequest request)
    {
        request.Date = Now;
        return request;
    }

    private static Task<ServerSession> StartAsync(TimeSpan? skew = null) =>
        ServerSession.StartAsync(new GenAuthTestServerOptions { TimeProvider = new ManualClock(Now), AllowedClockSkew = skew ?? TimeSpan.FromMinutes(15) });
}
