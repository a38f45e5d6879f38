using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class CustomDataEndpointTests
{
    private static readonly CustomDataTarget User1 = new("USER", "u1");

    [Fact]
    public async Task Get_returns_the_stored_values_of_one_object()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomData(User1, "age", 18);
        session.Server.Store.SeedCustomData(User1, "school", "pku");
        session.Server.Store.SeedCustomData(new CustomDataTarget("USER", "u2"), "age", 30);

        var reply = await session.CallAsync(HttpMethod.Get, "/api/v3/get-custom-data?targetType=USER&targetIdentifier=u1");

        reply.AssertSuccess();
        Assert.Equal("{\"age\":18,\"school\":\"pku\"}", reply.Data!.ToJsonString());
    }

    [Fact]
    public async Task Role_data_is_scoped_by_namespace()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomData(new CustomDataTarget("ROLE", "admin", "default"), "scope", "all");

        var scoped = await session.CallAsync(HttpMethod.Get, "/api/v3/get-custom-data?targetType=ROLE&targetIdentifier=admin&namespace=default");
        var other = await session.CallAsync(HttpMethod.Get, "/api/v3/get-custom-data?targetType=ROLE&targetIdentifier=admin&namespace=other");

        Assert.Equal("all", (string?)scoped.Data!["scope"]);
        Assert.Empty(other.Data!.AsObject());
    }

    [Fact]
    public async Task Set_writes_the_listed_keys_only_and_null_clears_one()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomData(User1, "school", "thu");
        session.Server.Store.SeedCustomData(User1, "vip", true);

        var reply = await SetAsync(session, ("age", 18), ("vip", null));

        reply.AssertSuccess();
        Assert.True((bool)reply.Data!["success"]!);
        var data = session.Server.Store.GetCustomData(User1);
        Assert.Equal("thu", (string?)data["school"]);
        Assert.Equal(18.0, (double)data["age"]!);
        Assert.False(data.ContainsKey("vip"));
    }

    [Theory]
    [InlineData("age", "18", "18")]
    [InlineData("age", "\"18\"", "18")]
    [InlineData("age", "\"-2.5\"", "-2.5")]
    [InlineData("vip", "true", "true")]
    [InlineData("vip", "\"false\"", "false")]
    [InlineData("birthday", "\"2000-01-02T03:04:05+08:00\"", "\"2000-01-01T19:04:05.000Z\"")]
    [InlineData("birthday", "\"2000-01-02\"", "\"2000-01-02T00:00:00.000Z\"")]
    [InlineData("birthday", "946782245000", "\"2000-01-02T03:04:05.000Z\"")]
    [InlineData("birthday", "\"946782245000\"", "\"2000-01-02T03:04:05.000Z\"")]
    [InlineData("level", "\"gold\"", "\"gold\"")]
    [InlineData("school", "\"pku\"", "\"pku\"")]
    public async Task Set_accepts_native_JSON_and_strings_of_the_right_type(string key, string valueJson, string storedJson)
    {
        await using var session = await ServerSession.StartAsync();

        (await SetAsync(session, (key, JsonNode.Parse(valueJson)))).AssertSuccess();

        Assert.Equal(storedJson, session.Server.Store.GetCustomData(User1)[key]!.ToJsonString());
    }

    [Theory]
    [InlineData("age", "\"eighteen\"")]
    [InlineData("age", "true")]
    [InlineData("vip", "\"yes\"")]
    [InlineData("vip", "1")]
    [InlineData("birthday", "\"next tuesday\"")]
    [InlineData("birthday", "true")]
    [InlineData("level", "\"bronze\"")]
    [InlineData("level", "1")]
    [InlineData("school", "42")]
    public async Task Set_refuses_a_value_of_the_wrong_type_naming_the_key_and_writes_nothing(string key, string valueJson)
    {
        await using var session = await ServerSession.StartAsync();

        var reply = await SetAsync(session, ("school", "pku"), (key, JsonNode.Parse(valueJson)));

        reply.AssertFailure(400, GenAuthApiCodes.ValueTypeMismatch);
        Assert.Contains($"'{key}'", reply.Message);
        Assert.Empty(session.Server.Store.GetCustomData(User1));
    }

    [Fact]
    public async Task Set_refuses_an_unknown_key_naming_it()
    {
        await using var session = await ServerSession.StartAsync();

        var reply = await SetAsync(session, ("scool", "pku"));

        reply.AssertFailure(400, GenAuthApiCodes.UnknownCustomFieldKey);
        Assert.Contains("'scool'", reply.Message);
        Assert.Empty(session.Server.Store.GetCustomData(User1));
    }

    [Fact]
    public async Task Set_caps_the_list_at_50_items_with_a_413_envelope()
    {
        await using var session = await ServerSession.StartAsync();
        var fifty = Enumerable.Range(0, 50).Select(i => ("age", (JsonNode?)i)).ToArray();

        (await SetAsync(session, fifty)).AssertSuccess();
        (await SetAsync(session, fifty.Append(("age", 51)).ToArray())).AssertFailure(413, GenAuthApiCodes.ListTooLong);
    }

    [Fact]
    public async Task Set_honours_an_item_tenant()
    {
        await using var session = await ServerSession.StartAsync();
        var body = new JsonObject
        {
            ["targetType"] = "USER",
            ["targetIdentifier"] = "u1",
            ["list"] = new JsonArray(new JsonObject { ["key"] = "age", ["value"] = 3, ["tenantId"] = "t1" }),
        };

        (await session.CallAsync(HttpMethod.Post, "/api/v3/set-custom-data", body)).AssertSuccess();

        Assert.Equal(3.0, (double)session.Server.Store.GetCustomData(User1 with { TenantId = "t1" })["age"]!);
        Assert.Empty(session.Server.Store.GetCustomData(User1));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_an_invalid_argument()
    {
        await using var session = await ServerSession.StartAsync();
        string token = await session.GetTokenAsync();
        var request = session.WithToken(HttpMethod.Post, "/api/v3/set-custom-data", token);
        request.Content = new StringContent("targetType=USER");

        (await session.SendAsync(request)).AssertFailure(400, GenAuthApiCodes.InvalidArgument);
    }

    [Fact]
    public async Task Unknown_endpoint_is_404()
    {
        await using var session = await ServerSession.StartAsync();

        (await session.CallAsync(HttpMethod.Get, "/api/v3/get-everything")).AssertFailure(404, GenAuthApiCodes.NotFound, HttpStatusCode.NotFound);
    }

    private static Task<Reply> SetAsync(ServerSession session, params (string Key, JsonNode? Value)[] items) =>
        session.CallAsync(HttpMethod.Post, "/api/v3/set-custom-data", new JsonObject
        {
            ["targetType"] = User1.TargetType,
            ["targetIdentifier"] = User1.TargetIdentifier,
            ["list"] = new JsonArray(items.Select(i => (JsonNode)new JsonObject { ["key"] = i.Key, ["value"] = i.Value?.DeepClone() }).ToArray()),
        });
}
