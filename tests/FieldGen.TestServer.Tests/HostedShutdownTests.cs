using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

/// <summary>A process that hosts the server as a library keeps its own shutdown: Ctrl+C and SIGTERM still end it.</summary>
public sealed class HostedShutdownTests
{
    [Theory]
    [InlineData(ChildProcess.SIGTERM)]
    [InlineData(ChildProcess.SIGINT)]
    public async Task A_process_hosting_the_server_exits_within_5_s_of_the_signal(int signal)
    {
        using var child = ChildProcess.StartDotnet(ChildProcess.SiblingOutput("tests/FieldGen.TestServer.HostProcess", "FieldGen.TestServer.HostProcess"));
        var address = new Uri(await child.ReadLineAsync(TimeSpan.FromSeconds(60)));
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            // It is serving: an unauthenticated call gets the failure envelope.
            Assert.Contains("\"statusCode\":401", await http.GetStringAsync(new Uri(address, "api/v3/get-custom-fields?targetType=USER")));
        }

        child.Signal(signal);

        Assert.True(await child.ExitsWithinAsync(TimeSpan.FromSeconds(5)), $"the hosting process was still running 5 s after signal {signal}");
    }
}
