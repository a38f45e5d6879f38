using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class UserEndpointTests
{
    [Fact]
    public async Task Get_user_carries_custom_data_only_when_asked()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Users.Add(new TestUser("u1") { Username = "alice" });
        session.Server.Store.SeedCustomData(new CustomDataTarget("USER", "u1"), "age", 18);

        var plain = await session.CallAsync(HttpMethod.Get, "/api/v3/get-user?userId=u1");
        var withData = await session.CallAsync(HttpMethod.Get, "/api/v3/get-user?userId=u1&withCustomData=true");

        plain.AssertSuccess();
        Assert.Equal("alice", (string?)plain.Data!["username"]);
        Assert.False(plain.Data!.AsObject().ContainsKey("customData"));
        Assert.Equal("{\"age\":18}", withData.Data!["customData"]!.ToJsonString());
    }

    [Fact]
    public async Task Get_user_finds_by_user_name_and_answers_404_for_nobody()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Users.Add(new TestUser("u1") { Username = "alice" });

        var byName = await session.CallAsync(HttpMethod.Get, "/api/v3/get-user?userId=alice&userIdType=username");
        var nobody = await session.CallAsync(HttpMethod.Get, "/api/v3/get-user?userId=u2");

        Assert.Equal("u1", (string?)byName.Data!["userId"]);
        Assert.Equal(404, nobody.StatusCode);
        Assert.Equal(GenAuthApiCodes.UserNotFound, nobody.ApiCode);
    }

    [Fact]
    public async Task List_users_pages_in_creation_order_with_the_total()
    {
        await using var session = await ServerSession.StartAsync();
        for (int i = 1; i <= 5; i++)
        {
            session.Server.Users.Add(new TestUser("u" + i));
        }

        var second = await session.CallAsync(HttpMethod.Post, "/api/v3/list-users", Page(2, 2, withCustomData: false));
        var beyond = await session.CallAsync(HttpMethod.Post, "/api/v3/list-users", Page(4, 2, withCustomData: false));

        second.AssertSuccess();
        Assert.Equal(5, (int)second.Data!["totalCount"]!);
        Assert.Equal(new[] { "u3", "u4" }, second.Data!["list"]!.AsArray().Select(u => (string?)u!["userId"]));
        Assert.Empty(beyond.Data!["list"]!.AsArray());
    }

    [Fact]
    public async Task List_users_with_custom_data_and_the_documented_page_cap()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Users.Add(new TestUser("u1"));
        session.Server.Store.SeedCustomData(new CustomDataTarget("USER", "u1"), "school", "pku");

        var with = await session.CallAsync(HttpMethod.Post, "/api/v3/list-users", Page(1, 10, withCustomData: true));
        var without = await session.CallAsync(HttpMethod.Post, "/api/v3/list-users", Page(1, 10, withCustomData: false));
        var tooLarge = await session.CallAsync(HttpMethod.Post, "/api/v3/list-users", Page(1, 51, withCustomData: false));

        Assert.Equal("pku", (string?)with.Data!["list"]![0]!["customData"]!["school"]);
        Assert.False(without.Data!["list"]![0]!.AsObject().ContainsKey("customData"));
        Assert.Equal(400, tooLarge.StatusCode);
    }

    [Fact]
    public async Task List_users_accepts_a_signed_request_whose_body_nests_objects()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Users.Add(new TestUser("u1"));

        var reply = await session.SendAsync(SignedRequest.Post("/api/v3/list-users", Page(1, 10, withCustomData: true)));

        reply.AssertSuccess();
        Assert.Equal(1, (int)reply.Data!["totalCount"]!);
    }

    [Fact]
    public async Task Create_user_needs_a_name_email_or_phone_and_refuses_a_bad_value_without_creating_anybody()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER" });

        var anonymous = await session.CallAsync(HttpMethod.Post, "/api/v3/create-user", new JsonObject { ["customData"] = new JsonObject { ["age"] = 1 } });
        var unknownKey = await session.CallAsync(HttpMethod.Post, "/api/v3/create-user", new JsonObject { ["username"] = "bob", ["customData"] = new JsonObject { ["shoe"] = 44 } });
        var illTyped = await session.CallAsync(HttpMethod.Post, "/api/v3/create-user", new JsonObject { ["username"] = "bob", ["customData"] = new JsonObject { ["age"] = "old" } });

        Assert.Equal(GenAuthApiCodes.InvalidArgument, anonymous.ApiCode);
        Assert.Equal(GenAuthApiCodes.UnknownCustomFieldKey, unknownKey.ApiCode);
        Assert.Equal(GenAuthApiCodes.ValueTypeMismatch, illTyped.ApiCode);
        Assert.Equal(0, session.Server.Users.Count);
    }

    [Fact]
    public async Task Update_user_merges_custom_data_keys_and_answers_404_for_nobody()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER" });
        session.Server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "city", DataType = "STRING" });
        session.Server.Users.Add(new TestUser("u1"));
        session.Server.Store.SeedCustomData(new CustomDataTarget("USER", "u1"), "city", "Wuhan");

        var merged = await session.CallAsync(HttpMethod.Post, "/api/v3/update-user", new JsonObject { ["userId"] = "u1", ["customData"] = new JsonObject { ["age"] = 30 } });
        var nobody = await session.CallAsync(HttpMethod.Post, "/api/v3/update-user", new JsonObject { ["userId"] = "u2", ["customData"] = new JsonObject { ["age"] = 30 } });

        merged.AssertSuccess();
        Assert.Equal("{\"city\":\"Wuhan\",\"age\":30}", merged.Data!["customData"]!.ToJsonString());
        Assert.Equal(404, nobody.StatusCode);
        Assert.Equal(GenAuthApiCodes.UserNotFound, nobody.ApiCode);
        Assert.Empty(session.Server.Store.GetCustomData(new CustomDataTarget("USER", "u2")));
    }

    private static JsonObject Page(int page, int limit, bool withCustomData) => new()
    {
        ["options"] = new JsonObject
        {
            ["pagination"] = new JsonObject { ["page"] = page, ["limit"] = limit },
            ["withCustomData"] = withCustomData,
        },
    };
}
