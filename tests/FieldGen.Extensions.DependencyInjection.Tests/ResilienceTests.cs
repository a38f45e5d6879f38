using System;
using System.Linq;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FieldGen.Extensions.DependencyInjection.Tests;

public sealed class ResilienceTests
{
    private const string GetPath = "/api/v3/get-custom-data";
    private const string SetPath = "/api/v3/set-custom-data";

    [Fact]
    public async Task A_burst_of_429s_and_a_500_are_ridden_out()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Store.SeedCustomData(new CustomDataTarget("USER", "u1"), "age", 18);
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, HttpStatusCode = 429, Times = 2 });
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, HttpStatusCode = 500, Times = 1 });

        UserCustomData data = await harness.Client.GetCustomDataAsync<UserCustomData>("u1");

        Assert.Equal(18d, data.Age);
        Assert.Equal(4, harness.Server.Requests.Count(r => r.Path == GetPath));
        Assert.Equal(3, harness.Events(GenAuthEventIds.Retry).Count);
        Assert.Single(harness.Events(GenAuthEventIds.Call));
    }

    [Fact]
    public async Task A_throttling_envelope_in_an_HTTP_200_is_retried_too()
    {
        // V3 answers HTTP 200 with statusCode 429 in the body; the resilience handler only sees HTTP statuses.
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, Envelope = new FailureEnvelope(429, 42900, "Too many requests"), Times = 2 });

        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");

        Assert.Equal(3, harness.Server.Requests.Count(r => r.Path == GetPath));
        FakeLogRecordAssert.HasValue(harness.Events(GenAuthEventIds.Retry)[0], "ApiCode", "42900");
    }

    [Fact]
    public async Task Retry_After_sets_the_delay()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, HttpStatusCode = 429, RetryAfter = TimeSpan.FromSeconds(1), Times = 1 });

        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");

        // The configured backoff is 10 ms; the server asked for a second.
        FakeLogRecordAssert.HasValue(Assert.Single(harness.Events(GenAuthEventIds.Retry)), "DelayMs", "1000");
    }

    [Fact]
    public async Task A_batch_that_finally_fails_keeps_its_changes_for_the_next_attempt()
    {
        await using var harness = await ClientHarness.StartAsync(s => s["GenAuth:Resilience:Retry:MaxRetryAttempts"] = "2");
        harness.Server.Faults.Add(new InjectedFault { Path = SetPath, HttpStatusCode = 503 });
        var user = new UserCustomData { Age = 19, SchoolValue = UserCustomData.School.Hust };

        var failure = await Assert.ThrowsAsync<GenAuthApiException>(() => harness.Client.SetCustomDataAsync(user, "u1"));

        Assert.Equal(503, failure.StatusCode);
        Assert.True(user.HasChanges);
        Assert.Equal(3, harness.Server.Requests.Count(r => r.Path == SetPath));
        Assert.Empty(harness.Server.Store.GetCustomData(new CustomDataTarget("USER", "u1")));
        FakeLogRecordAssert.HasValue(Assert.Single(harness.Events(GenAuthEventIds.CallFailed)), "StatusCode", "503");

        harness.Server.Faults.Clear();
        await harness.Client.SetCustomDataAsync(user, "u1");

        Assert.False(user.HasChanges);
        Assert.Equal("hust", (string?)harness.Server.Store.GetCustomData(new CustomDataTarget("USER", "u1"))["school"]);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_calls_then_fail_fast()
    {
        await using var harness = await ClientHarness.StartAsync(s =>
        {
            s["GenAuth:Resilience:CircuitBreaker:MinimumThroughput"] = "2";
            s["GenAuth:Resilience:CircuitBreaker:FailureRatio"] = "0.5";
            s["GenAuth:Resilience:Retry:MaxRetryAttempts"] = "1";
        });
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, HttpStatusCode = 500 });

        await Assert.ThrowsAsync<GenAuthApiException>(() => harness.Client.GetCustomDataAsync<UserCustomData>("u1"));
        int sent = harness.Server.Requests.Count;
        await Assert.ThrowsAsync<BrokenCircuitException>(() => harness.Client.GetCustomDataAsync<UserCustomData>("u1"));

        Assert.Equal(sent, harness.Server.Requests.Count);
        Assert.Single(harness.Events(GenAuthEventIds.CircuitOpened));
        Assert.Single(harness.Events(GenAuthEventIds.CallError));
    }

    [Fact]
    public async Task The_total_timeout_ends_a_call_that_never_answers()
    {
        await using var harness = await ClientHarness.StartAsync(s =>
        {
            // Margins for a loaded CI machine: attempts time out after 0.2 s and are retried without
            // end, so it is the total timeout, 2 s later, that must end the call.
            s["GenAuth:Resilience:AttemptTimeout:Timeout"] = "00:00:00.200";
            s["GenAuth:Resilience:TotalRequestTimeout:Timeout"] = "00:00:02";
            s["GenAuth:Resilience:Retry:MaxRetryAttempts"] = "100";
        });
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, Delay = TimeSpan.FromSeconds(10) });

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => harness.Client.GetCustomDataAsync<UserCustomData>("u1"));

        Assert.NotEmpty(harness.Events(GenAuthEventIds.Retry));
        FakeLogRecordAssert.HasValue(Assert.Single(harness.Events(GenAuthEventIds.CallError)), "ErrorType", nameof(TimeoutRejectedException));
    }
}
