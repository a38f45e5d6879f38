using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

public sealed class UdfsSearchTests
{
    [Fact]
    public async Task V2_search_answers_the_V2_shape_with_built_in_and_custom_user_fields()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomField(new CustomField { TargetType = "ROLE", Key = "scope", DataType = "STRING" });

        var reply = await session.CallAsync(HttpMethod.Post, "/api/v2/udfs/search", new JsonObject { ["targetType"] = "USER" });

        reply.AssertEnvelope();
        Assert.Equal(200, (int)reply.Json["code"]!);
        Assert.False(reply.Json.ContainsKey("statusCode"));
        var list = reply.Data!["list"]!.AsArray();
        Assert.Equal(list.Count, (int)reply.Data["count"]!["all"]!);
        Assert.All(list, item => Assert.Equal("USER", (string?)item!["targetType"]));
        var username = list.Single(i => (string?)i!["key"] == "username")!;
        Assert.True((bool)username["isBase"]!);
        var level = list.Single(i => (string?)i!["key"] == "level")!;
        Assert.False((bool)level["isBase"]!);
        Assert.Equal(session.Server.UserPoolId, (string?)level["userPoolId"]);
        Assert.Equal("gold", (string?)level["options"]![0]!["value"]);
        foreach (string property in new[] { "label", "labelEn", "description", "dataType", "userVisible", "adminVisible", "accessControl", "validateRules" })
        {
            Assert.True(level.AsObject().ContainsKey(property), property);
        }
    }

    [Fact]
    public async Task V2_search_filters_by_target_type_and_isBase()
    {
        await using var session = await ServerSession.StartAsync();
        session.Server.Store.SeedCustomField(new CustomField { TargetType = "ROLE", Key = "scope", DataType = "STRING", IsUnique = true });

        var roles = await session.CallAsync(HttpMethod.Post, "/api/v2/udfs/search", new JsonObject { ["targetType"] = "ROLE" });
        var custom = await session.CallAsync(HttpMethod.Post, "/api/v2/udfs/search", new JsonObject { ["targetType"] = "USER", ["isBase"] = false });

        var scope = Assert.Single(roles.Data!["list"]!.AsArray())!;
        Assert.Equal("UNIQUE", (string?)scope["validateRules"]![0]!["type"]);
        Assert.Equal(new[] { "school", "age", "vip", "birthday", "level" }, custom.Data!["list"]!.AsArray().Select(i => (string?)i!["key"]));
    }

    [Fact]
    public async Task V2_failures_use_code_not_statusCode()
    {
        await using var session = await ServerSession.StartAsync();

        var reply = await session.SendAsync(ServerSession.Json(HttpMethod.Post, "/api/v2/udfs/search", new JsonObject()));

        Assert.Equal(401, (int)reply.Json["code"]!);
        Assert.Equal(GenAuthApiCodes.MissingAuthorization, reply.ApiCode);
    }
}
