using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class RetryAfterFaultTests
{
    [Fact]
    public async Task An_injected_429_carries_Retry_After_in_whole_seconds()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Faults.Add(new InjectedFault { HttpStatusCode = 429, RetryAfter = TimeSpan.FromMilliseconds(1500), Times = 1 });

        using var throttled = await session.Http.GetAsync("/api/v3/get-custom-fields?targetType=USER");
        using var next = await session.Http.GetAsync("/api/v3/get-custom-fields?targetType=USER");

        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.Equal("2", throttled.Headers.GetValues("Retry-After").Single());
        Assert.False(next.Headers.Contains("Retry-After"));
    }
}
