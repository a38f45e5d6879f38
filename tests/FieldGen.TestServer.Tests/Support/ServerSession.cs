using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

/// <summary>A started server with a seeded USER schema and an HttpClient pointed at it.</summary>
internal sealed class ServerSession : IAsyncDisposable
{
    private string? _token;

    private ServerSession(GenAuthTestServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
    }

    public GenAuthTestServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<ServerSession> StartAsync(GenAuthTestServerOptions? options = null)
    {
        var session = new ServerSession(await GenAuthTestServer.StartAsync(options));
        SeedUserSchema(session.Server.Store);
        return session;
    }

    /// <summary>One USER field of each data type.</summary>
    public static void SeedUserSchema(GenAuthStore store)
    {
        store.SeedCustomField(new CustomField { TargetType = "USER", Key = "school", DataType = "STRING", Label = "School" });
        store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER", Label = "Age" });
        store.SeedCustomField(new CustomField { TargetType = "USER", Key = "vip", DataType = "BOOLEAN", Label = "VIP" });
        store.SeedCustomField(new CustomField { TargetType = "USER", Key = "birthday", DataType = "DATETIME", Label = "Birthday" });
        store.SeedCustomField(new CustomField
        {
            TargetType = "USER", Key = "level", DataType = "ENUM", Label = "Level",
            Options = new[] { new CustomFieldOption("gold", "Gold"), new CustomFieldOption("silver", "Silver") },
        });
    }

    /// <summary>Calls an endpoint with a management token fetched once per session.</summary>
    public async Task<Reply> CallAsync(HttpMethod method, string pathAndQuery, JsonObject? body = null)
    {
        _token ??= await GetTokenAsync();
        return await SendAsync(WithToken(method, pathAndQuery, _token, body));
    }

    public Task<Reply> SendAsync(SignedRequest request) => SendAsync(request.Build(Server.AccessKeyId, Server.AccessKeySecret));

    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Http.SendAsync(request);
            return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    public Task<Reply> RequestTokenAsync(string accessKeyId, string accessKeySecret) =>
        SendAsync(Json(HttpMethod.Post, "/api/v3/get-management-token", new JsonObject { ["accessKeyId"] = accessKeyId, ["accessKeySecret"] = accessKeySecret }));

    public async Task<string> GetTokenAsync()
    {
        var reply = await RequestTokenAsync(Server.AccessKeyId, Server.AccessKeySecret);
        reply.AssertSuccess();
        return (string)reply.Data!["access_token"]!;
    }

    /// <summary>A request with <c>Authorization: Bearer</c> (or the bare token) and the user pool header.</summary>
    public HttpRequestMessage WithToken(HttpMethod method, string pathAndQuery, string token, JsonObject? body = null, bool bare = false)
    {
        var request = Json(method, pathAndQuery, body);
        request.Headers.TryAddWithoutValidation("Authorization", bare ? token : "Bearer " + token);
        request.Headers.TryAddWithoutValidation("x-authing-userpool-id", Server.UserPoolId);
        return request;
    }

    public static HttpRequestMessage Json(HttpMethod method, string pathAndQuery, JsonObject? body)
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
