using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;

namespace FieldGen.Extensions.DependencyInjection.Tests;

public sealed class ObservabilityTests
{
    private const string GetPath = "/api/v3/get-custom-data";

    [Fact]
    public async Task A_failure_is_logged_with_statusCode_apiCode_and_requestId()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, Envelope = new FailureEnvelope(403, 40300, "no permission"), Times = 1 });

        var failure = await Assert.ThrowsAsync<GenAuthApiException>(() => harness.Client.GetCustomDataAsync<UserCustomData>("u1"));

        var logged = Assert.Single(harness.Events(GenAuthEventIds.CallFailed));
        FakeLogRecordAssert.HasValue(logged, "Call", "get-custom-data");
        FakeLogRecordAssert.HasValue(logged, "StatusCode", "403");
        FakeLogRecordAssert.HasValue(logged, "ApiCode", "40300");
        FakeLogRecordAssert.HasValue(logged, "RequestId", failure.RequestId);
        Assert.Equal(harness.Server.Requests.Single().RequestId, failure.RequestId);
    }

    [Fact]
    public async Task No_log_carries_the_secret_a_token_or_a_signature_even_when_the_server_echoes_the_secret()
    {
        await using var harness = await ClientHarness.StartAsync(s => s["GenAuth:AuthScheme"] = "ManagementToken");
        string secret = harness.Server.AccessKeySecret;
        await harness.Client.GetCustomDataAsync<UserCustomData>("u1");
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, Envelope = new FailureEnvelope(400, 40000, "bad key " + secret), Times = 1 });
        await Assert.ThrowsAsync<GenAuthApiException>(() => harness.Client.GetCustomDataAsync<UserCustomData>("u1"));

        string logs = harness.AllLogText();

        Assert.Contains("bad key [redacted]", logs);
        Assert.DoesNotContain(secret, logs);
        Assert.DoesNotContain("Bearer", logs);
        Assert.DoesNotContain("eyJ", logs); // a JWT's first bytes
        Assert.DoesNotContain("authing " + harness.Server.AccessKeyId + ":", logs);
        // The factory's own request loggers put raw header values in their Trace events' structured state: removed for this client.
        Assert.DoesNotContain("Request Headers", logs);
        Assert.Equal(2, harness.Events(GenAuthEventIds.Call).Count + harness.Events(GenAuthEventIds.CallFailed).Count);
    }

    [Fact]
    public async Task Each_call_is_one_activity_with_its_outcome()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GenAuthTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Faults.Add(new InjectedFault { Path = GetPath, HttpStatusCode = 500, Times = 1 });

        await harness.Client.GetCustomDataAsync<UserCustomData>("traced-user");

        // The listener hears every test running in parallel; this server's request ids pick out this test's call.
        var ids = harness.Server.Requests.Select(r => r.RequestId).ToHashSet();
        var call = Assert.Single(stopped, a => ids.Contains(a.GetTagItem(GenAuthTelemetry.RequestIdTag) as string ?? ""));
        Assert.Equal("GenAuth get-custom-data", call.DisplayName);
        Assert.Equal("get-custom-data", call.GetTagItem(GenAuthTelemetry.CallTag));
        Assert.Equal(ActivityKind.Client, call.Kind);
        Assert.Equal(200, call.GetTagItem(GenAuthTelemetry.StatusCodeTag));
        Assert.Equal(harness.Server.Requests.Last().RequestId, call.GetTagItem(GenAuthTelemetry.RequestIdTag));
        Assert.Single(call.Events, e => e.Name == "genauth.retry");
    }
}
