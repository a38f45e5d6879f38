using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;

namespace FieldGen.Extensions.DependencyInjection.Tests;

public sealed class UserTests
{
    private const string ListPath = "/api/v3/list-users";

    [Fact]
    public async Task Get_user_reads_the_custom_data_as_the_generated_class()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Users.Add(new TestUser("u1") { Username = "alice", Email = "alice@example.com" });
        var target = new CustomDataTarget("USER", "u1");
        harness.Server.Store.SeedCustomData(target, "school", "pku");
        harness.Server.Store.SeedCustomData(target, "age", "18");
        harness.Server.Store.SeedCustomData(target, "favourite_color", "teal");

        GenAuthUser<UserCustomData> user = await harness.Client.GetUserAsync<UserCustomData>("u1");

        Assert.Equal("alice", user.Username);
        Assert.Equal(UserCustomData.School.Pku, user.CustomData!.SchoolValue!.Value.Option);
        Assert.Equal(18d, user.CustomData.Age);
        Assert.Equal("\"teal\"", user.CustomData.UnknownFields.ToDictionary(f => f.Key, f => f.Value.GetRawText())["favourite_color"]);
        Assert.Equal("Activated", user.Status);
        Assert.Equal(JsonValueKind.String, user.OtherFields!["createdAt"].ValueKind);
        Assert.Contains("withCustomData=true", harness.Server.Requests.Single().QueryString);
    }

    [Fact]
    public async Task Get_user_of_nobody_is_a_404_envelope()
    {
        await using var harness = await ClientHarness.StartAsync();

        var failure = await Assert.ThrowsAsync<GenAuthApiException>(() => harness.Client.GetUserAsync<UserCustomData>("nobody"));

        Assert.Equal(404, failure.StatusCode);
    }

    [Fact]
    public async Task List_users_streams_every_page_with_typed_custom_data()
    {
        await using var harness = await ClientHarness.StartAsync();
        Seed(harness.Server, 120);

        var users = new List<GenAuthUser<UserCustomData>>();
        await foreach (var user in harness.Client.ListUsersAsync<UserCustomData>())
        {
            users.Add(user);
        }

        Assert.Equal(Enumerable.Range(0, 120).Select(i => "u" + i), users.Select(u => u.UserId));
        Assert.Equal(Enumerable.Range(0, 120).Select(i => (double?)(i % 90)), users.Select(u => u.CustomData!.Age));
        Assert.Equal(3, harness.Server.Requests.Count(r => r.Path == ListPath));
    }

    [Fact]
    public async Task List_users_rides_out_throttling_in_the_middle_of_the_stream()
    {
        await using var harness = await ClientHarness.StartAsync();
        // Six pages: when the fault is added (page 2), at most page 3 is already asked for.
        Seed(harness.Server, 300);
        int seen = 0;

        await foreach (var user in harness.Client.ListUsersAsync<UserCustomData>())
        {
            if (++seen == 60)
            {
                harness.Server.Faults.Add(new InjectedFault { Path = ListPath, HttpStatusCode = 429, Times = 3 });
            }
        }

        Assert.Equal(300, seen);
        Assert.Equal(3, harness.Events(GenAuthEventIds.Retry).Count);
    }

    [Fact]
    public async Task Stopping_early_leaves_at_most_the_prefetched_page_in_flight()
    {
        await using var harness = await ClientHarness.StartAsync();
        Seed(harness.Server, 500);

        await foreach (var user in harness.Client.ListUsersAsync<UserCustomData>(pageSize: 10))
        {
            if (user.UserId == "u5")
            {
                break;
            }
        }

        Assert.InRange(harness.Server.Requests.Count(r => r.Path == ListPath), 1, 2);
    }

    internal static void Seed(GenAuthTestServer server, int count)
    {
        for (int i = 0; i < count; i++)
        {
            string id = "u" + i;
            server.Users.Add(new TestUser(id) { Username = "user" + i });
            server.Store.SeedCustomData(new CustomDataTarget("USER", id), "age", i % 90);
            server.Store.SeedCustomData(new CustomDataTarget("USER", id), "school", i % 2 == 0 ? "pku" : "hust");
        }
    }
}
