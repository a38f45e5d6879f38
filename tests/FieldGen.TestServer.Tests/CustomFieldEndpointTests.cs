using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class CustomFieldEndpointTests
{
    [Fact]
    public async Task Get_lists_the_seeded_fields_of_the_target_type_as_CustomFieldDto()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomField(new CustomField { TargetType = "ROLE", Key = "scope", DataType = "STRING" });

        var reply = await session.CallAsync(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER");

        reply.AssertSuccess();
        var fields = reply.Data!.AsArray();
        Assert.Equal(new[] { "school", "age", "vip", "birthday", "level" }, fields.Select(f => (string?)f!["key"]));
        var level = fields.Single(f => (string?)f!["key"] == "level")!;
        Assert.Equal("ENUM", (string?)level["dataType"]);
        Assert.Equal("USER", (string?)level["targetType"]);
        Assert.Equal("Level", (string?)level["label"]);
        Assert.Equal("[{\"value\":\"gold\",\"label\":\"Gold\"},{\"value\":\"silver\",\"label\":\"Silver\"}]", level["options"]!.ToJsonString());
        Assert.True(DateTimeOffset.TryParse((string?)level["createdAt"], out _), "every custom field has a createdAt: " + level.ToJsonString());
        foreach (string property in new[] { "isUnique", "visibleInAdminConsole" })
        {
            Assert.True(level.AsObject().ContainsKey(property), property);
        }

        // Unset optional members are absent, as the real service leaves them out, not null.
        foreach (string property in new[] { "description", "encrypted", "userEditable", "visibleInUserCenter", "i18n" })
        {
            Assert.False(level.AsObject().ContainsKey(property), property + " is unset but present in " + level.ToJsonString());
        }
    }

    [Fact]
    public async Task A_tenant_sees_pool_wide_fields_plus_its_own()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "badge", DataType = "STRING" }, tenantId: "t1");

        var tenant = await session.CallAsync(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER&tenantId=t1");
        var pool = await session.CallAsync(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER");

        Assert.Contains("badge", tenant.Data!.AsArray().Select(f => (string?)f!["key"]));
        Assert.Contains("school", tenant.Data!.AsArray().Select(f => (string?)f!["key"]));
        Assert.DoesNotContain("badge", pool.Data!.AsArray().Select(f => (string?)f!["key"]));
    }

    [Fact]
    public async Task Unknown_target_type_is_an_invalid_argument()
    {
        await using var session = await ServerSession.StartAsync();

        (await session.CallAsync(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=ORG")).AssertFailure(400, GenAuthApiCodes.InvalidArgument);
    }

    [Fact]
    public async Task Set_creates_and_updates_by_key_and_returns_the_list()
    {
        var clock = new ManualClock(new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero));
        await using var session = await ServerSession.StartAsync(new GenAuthTestServerOptions { TimeProvider = clock });

        var reply = await session.CallAsync(HttpMethod.Post, "/api/v3/set-custom-fields", new JsonObject
        {
            ["list"] = new JsonArray(
                new JsonObject { ["targetType"] = "USER", ["key"] = "nick", ["dataType"] = "STRING", ["label"] = "Nick", ["validateRules"] = new JsonArray() },
                new JsonObject { ["targetType"] = "USER", ["key"] = "age", ["label"] = "Age in years", ["isUnique"] = true }),
        });

        reply.AssertSuccess();
        var saved = reply.Data!.AsArray();
        Assert.Equal("2024-05-06T07:08:09.123Z", (string?)saved[0]!["createdAt"]);
        Assert.Equal("Age in years", (string?)saved[1]!["label"]);
        Assert.Equal("NUMBER", (string?)saved[1]!["dataType"]);
        var stored = session.Server.Store.FindCustomField("USER", "age")!;
        Assert.True(stored.IsUnique);
        Assert.Equal("Nick", session.Server.Store.FindCustomField("USER", "nick")!.Label);
    }

    [Fact]
    public async Task Set_refuses_to_change_a_data_type_and_stores_nothing_of_that_call()
    {
        await using var session = await ServerSession.StartAsync();

        var reply = await session.CallAsync(HttpMethod.Post, "/api/v3/set-custom-fields", new JsonObject
        {
            ["list"] = new JsonArray(
                new JsonObject { ["targetType"] = "USER", ["key"] = "fresh", ["dataType"] = "STRING" },
                new JsonObject { ["targetType"] = "USER", ["key"] = "age", ["dataType"] = "STRING" }),
        });

        reply.AssertFailure(400, GenAuthApiCodes.DataTypeChangeRefused);
        Assert.Contains("'age'", reply.Message);
        Assert.Null(session.Server.Store.FindCustomField("USER", "fresh"));
        Assert.Equal("NUMBER", session.Server.Store.FindCustomField("USER", "age")!.DataType);
    }

    [Fact]
    public async Task Set_requires_a_data_type_to_create()
    {
        await using var session = await ServerSession.StartAsync();

        var reply = await session.CallAsync(HttpMethod.Post, "/api/v3/set-custom-fields", new JsonObject
        {
            ["list"] = new JsonArray(new JsonObject { ["targetType"] = "USER", ["key"] = "fresh" }),
        });

        reply.AssertFailure(400, GenAuthApiCodes.InvalidArgument);
    }

    [Fact]
    public async Task Delete_removes_the_listed_fields()
    {
        await using var session = await ServerSession.StartAsync();

        var reply = await session.CallAsync(HttpMethod.Post, "/api/v3/delete-custom-fields", new JsonObject
        {
            ["list"] = new JsonArray(new JsonObject { ["targetType"] = "USER", ["key"] = "age" }),
        });

        reply.AssertSuccess();
        Assert.True((bool)reply.Data!["success"]!);
        Assert.Null(session.Server.Store.FindCustomField("USER", "age"));
        Assert.NotNull(session.Server.Store.FindCustomField("USER", "school"));
    }
}
