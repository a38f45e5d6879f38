using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FieldGen.Extensions.DependencyInjection.Tests;

/// <summary>
/// Streams the custom data of 10,000 and 100,000 users through ListUsersAsync and reports users per
/// second and memory (figures in docs/performance.md). Only memory is asserted, with generous bounds:
/// what the stream keeps alive must not grow with the number of users.
/// </summary>
public sealed class ListUsersScaleTests
{
    private readonly ITestOutputHelper _output;

    public ListUsersScaleTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Memory_stays_flat_from_10k_to_100k_users()
    {
        await StreamAsync(2_000); // warm-up: JIT and connection pool, not reported
        StreamResult small = await StreamAsync(10_000);
        StreamResult large = await StreamAsync(100_000);

        _output.WriteLine(small.ToString());
        _output.WriteLine(large.ToString());
        Assert.Equal(10_000, small.Users);
        Assert.Equal(100_000, large.Users);

        // Ten times the users, the same live memory: what is still reachable after a full collection at
        // each quarter of the stream stays under 8 MB and within 4 MB of the small run's. (The peak heap
        // with garbage is reported, not asserted: it follows the GC's budgets, not the stream.)
        Assert.InRange(large.MaxRetainedBytes, long.MinValue, 8L << 20);
        Assert.InRange(large.MaxRetainedBytes, long.MinValue, Math.Max(small.MaxRetainedBytes, 0) + (4L << 20));
    }

    private static async Task<StreamResult> StreamAsync(int count)
    {
        await using var server = await GenAuthTestServer.StartAsync();
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER", Label = "Age" });
        server.Store.SeedCustomField(new CustomField
        {
            TargetType = "USER", Key = "school", DataType = "ENUM", Label = "School",
            Options = new[] { new CustomFieldOption("pku", "PKU"), new CustomFieldOption("hust", "HUST") },
        });
        UserTests.Seed(server, count);

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GenAuth:Host"] = server.BaseAddress.ToString(),
            ["GenAuth:AccessKeyId"] = server.AccessKeyId,
            ["GenAuth:AccessKeySecret"] = server.AccessKeySecret,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddGenAuthCustomData(configuration.GetSection("GenAuth"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<GenAuthCustomDataClient>();

        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peakHeap = baseline;
        long maxRetained = 0;
        int users = 0;
        double ageSum = 0;
        var clock = Stopwatch.StartNew();
        await foreach (GenAuthUser<UserCustomData> user in client.ListUsersAsync<UserCustomData>())
        {
            ageSum += user.CustomData!.Age ?? 0;
            if (++users % 1_000 == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            }

            if (users % (count / 4) == 0)
            {
                // The server's own request log grows with the calls; it is not the client's memory.
                // The forced collections are not timed.
                clock.Stop();
                server.ClearRequests();
                maxRetained = Math.Max(maxRetained, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                clock.Start();
            }
        }

        clock.Stop();
        Assert.True(ageSum > 0);
        return new StreamResult(users, clock.Elapsed, peakHeap - baseline, maxRetained, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private sealed record StreamResult(int Users, TimeSpan Elapsed, long PeakHeapGrowthBytes, long MaxRetainedBytes, long PeakWorkingSetBytes)
    {
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "{0:N0} users in {1:F1} s = {2:N0} users/s; peak heap growth {3:F1} MB, max retained {4:F2} MB, process peak working set {5:F0} MB",
            Users, Elapsed.TotalSeconds, Users / Elapsed.TotalSeconds, PeakHeapGrowthBytes / 1048576.0, MaxRetainedBytes / 1048576.0, PeakWorkingSetBytes / 1048576.0);
    }
}
