using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class FaultInjectionTests
{
    private const string GetData = "/api/v3/get-custom-data?targetType=USER&targetIdentifier=u1";

    [Fact]
    public async Task Delay_slows_the_request_then_answers_normally()
    {
        await using var session = await ServerSession.StartAsync();
        await session.CallAsync(HttpMethod.Get, GetData);
        session.Server.Faults.Add(new InjectedFault { Path = "/api/v3/get-custom-data", Delay = TimeSpan.FromMilliseconds(400), Times = 1 });

        var watch = Stopwatch.StartNew();
        var reply = await session.CallAsync(HttpMethod.Get, GetData);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), $"answered after {watch.Elapsed}");
        reply.AssertSuccess();
        Assert.True(session.Server.Requests[^1].FaultInjected);
    }

    [Fact]
    public async Task Forced_HTTP_status_answers_that_status_with_a_failure_envelope()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Faults.Add(new InjectedFault { HttpStatusCode = 503 });

        // Faults apply before authentication, so even an unauthenticated request gets the fault.
        var reply = await session.SendAsync(ServerSession.Json(HttpMethod.Get, GetData, null));

        reply.AssertFailure(503, GenAuthApiCodes.InjectedFault, HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Garbage_body_is_not_JSON()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Faults.Add(new InjectedFault { Path = "/api/v3/get-custom-data", GarbageBody = true, HttpStatusCode = 502 });

        var reply = await session.CallAsync(HttpMethod.Get, GetData);

        Assert.Equal(HttpStatusCode.BadGateway, reply.Http);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(reply.Text));
        Assert.Null(session.Server.Requests[^1].EnvelopeStatusCode);
    }

    [Fact]
    public async Task Failure_envelope_is_answered_over_HTTP_200_by_default()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Faults.Add(new InjectedFault { Path = "/api/v3/get-custom-data", Envelope = new FailureEnvelope(429, 4290, "Too many requests"), Times = 1 });

        var reply = await session.CallAsync(HttpMethod.Get, GetData);

        reply.AssertFailure(429, 4290);
        Assert.Equal("Too many requests", reply.Message);
    }

    [Fact]
    public async Task Times_limits_a_fault_to_the_next_N_matching_requests_and_other_paths_are_untouched()
    {
        await using var session = await ServerSession.StartAsync();
        await session.GetTokenAsync();
        session.Server.Faults.Add(new InjectedFault { Path = "/api/v3/get-custom-data", Envelope = new FailureEnvelope(500, 5000, "boom"), Times = 2 });

        var first = await session.CallAsync(HttpMethod.Get, GetData);
        var otherPath = await session.CallAsync(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER");
        var second = await session.CallAsync(HttpMethod.Get, GetData);
        var third = await session.CallAsync(HttpMethod.Get, GetData);

        first.AssertFailure(500, 5000);
        otherPath.AssertSuccess();
        second.AssertFailure(500, 5000);
        third.AssertSuccess();
        Assert.Equal(2, session.Server.Counters.FaultsInjected);
        Assert.Equal(0, session.Server.Faults.Count);
    }

    [Fact]
    public async Task A_global_fault_applies_to_every_endpoint_until_cleared()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Faults.Add(new InjectedFault { Envelope = new FailureEnvelope(503, 5030, "maintenance") });

        var token = await session.RequestTokenAsync(session.Server.AccessKeyId, session.Server.AccessKeySecret);
        session.Server.Faults.Clear();
        var after = await session.RequestTokenAsync(session.Server.AccessKeyId, session.Server.AccessKeySecret);

        token.AssertFailure(503, 5030);
        after.AssertSuccess();
    }

    [Fact]
    public void Impossible_faults_are_refused()
    {
        var faults = new FaultInjector();

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.Add(new InjectedFault { HttpStatusCode = 42 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.Add(new InjectedFault { Times = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.Add(new InjectedFault { Delay = TimeSpan.FromSeconds(-1) }));
        Assert.Equal(0, faults.Count);
    }
}
