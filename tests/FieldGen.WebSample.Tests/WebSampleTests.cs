using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FieldGen.WebSample.Tests;

/// <summary>The sample app as it runs, its GenAuth settings pointed at a test server; logs collected at every level.</summary>
public sealed class WebSampleTests : IAsyncLifetime
{
    private const string GetPath = "/api/v3/get-custom-data";
    private const string SetPath = "/api/v3/set-custom-data";
    private static readonly CustomDataTarget User1 = new("USER", "u1");

    private GenAuthTestServer _genAuth = null!;
    private WebApplicationFactory<Program> _app = null!;

    public async Task InitializeAsync()
    {
        _genAuth = await GenAuthTestServer.StartAsync();
        _genAuth.Store.SeedCustomField(new CustomField
        {
            TargetType = "USER", Key = "school", DataType = "ENUM", Label = "School",
            Options = new[] { new CustomFieldOption("pku", "PKU"), new CustomFieldOption("hust", "HUST"), new CustomFieldOption("tsinghua", "THU") },
        });
        _genAuth.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER", Label = "Age" });
        _genAuth.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "is-verified", DataType = "BOOLEAN", Label = "Verified" });
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("GenAuth:Host", _genAuth.BaseAddress.ToString());
            web.UseSetting("GenAuth:AccessKeyId", _genAuth.AccessKeyId);
            web.UseSetting("GenAuth:AccessKeySecret", _genAuth.AccessKeySecret);
            web.UseSetting("GenAuth:Resilience:Retry:Delay", "00:00:00.020");
            web.ConfigureServices(services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace)).AddFakeLogging());
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _genAuth.DisposeAsync();
    }

    [Fact]
    public async Task Get_profile_returns_the_typed_custom_data()
    {
        _genAuth.Store.SeedCustomData(User1, "school", "pku");
        _genAuth.Store.SeedCustomData(User1, "age", 18);
        _genAuth.Store.SeedCustomData(User1, "is-verified", true);

        using JsonDocument profile = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/profile/u1"));

        Assert.Equal("{\"userId\":\"u1\",\"school\":\"pku\",\"age\":18,\"isVerified\":true}", profile.RootElement.GetRawText());
    }

    [Fact]
    public async Task Put_profile_changes_the_two_fields_and_nothing_else()
    {
        _genAuth.Store.SeedCustomData(User1, "school", "pku");
        _genAuth.Store.SeedCustomData(User1, "is-verified", true);

        using var response = await _app.CreateClient().PutAsJsonAsync("/profile/u1", new { school = "hust", age = 19 });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var stored = _genAuth.Store.GetCustomData(User1);
        Assert.Equal("hust", (string?)stored["school"]);
        Assert.Equal(19d, (double)stored["age"]!);
        Assert.True((bool)stored["is-verified"]!);
        string body = _genAuth.Requests.Single(r => r.Path == SetPath).Body!;
        Assert.Equal("{\"targetType\":\"USER\",\"targetIdentifier\":\"u1\",\"list\":[{\"key\":\"age\",\"value\":19},{\"key\":\"school\",\"value\":\"hust\"}]}", body);
    }

    [Fact]
    public async Task A_429_burst_and_a_500_are_ridden_out_and_no_log_carries_the_secret()
    {
        _genAuth.Store.SeedCustomData(User1, "age", 18);
        _genAuth.Faults.Add(new InjectedFault { Path = GetPath, HttpStatusCode = 429, Times = 3 });
        _genAuth.Faults.Add(new InjectedFault { Path = SetPath, HttpStatusCode = 500, Times = 1 });
        HttpClient app = _app.CreateClient();

        string profile = await app.GetStringAsync("/profile/u1");
        using var put = await app.PutAsJsonAsync("/profile/u1", new { school = "tsinghua", age = 20 });

        Assert.Contains("\"age\":18", profile);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(4, _genAuth.Requests.Count(r => r.Path == GetPath));
        Assert.Equal(2, _genAuth.Requests.Count(r => r.Path == SetPath));
        Assert.Equal("tsinghua", (string?)_genAuth.Store.GetCustomData(User1)["school"]);

        var logs = _app.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Equal(4, logs.Count(r => r.Id.Id == GenAuthEventIds.Retry));
        string text = string.Join("\n", logs.Select(r => r.Message + " " + string.Join(" ", r.StructuredState?.Select(kv => kv.Value) ?? Array.Empty<string>()) + " " + r.Exception));
        Assert.DoesNotContain(_genAuth.AccessKeySecret, text);
        Assert.DoesNotContain("authing " + _genAuth.AccessKeyId + ":", text);
    }

    [Fact]
    public async Task Profiles_stream_every_user_of_the_pool()
    {
        for (int i = 0; i < 75; i++)
        {
            _genAuth.Users.Add(new TestUser("u" + i));
            _genAuth.Store.SeedCustomData(new CustomDataTarget("USER", "u" + i), "age", i);
        }

        using JsonDocument profiles = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/profiles"));

        Assert.Equal(Enumerable.Range(0, 75).Select(i => (double)i), profiles.RootElement.EnumerateArray().Select(p => p.GetProperty("age").GetDouble()));
    }
}
