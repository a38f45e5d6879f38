using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FieldGen.Extensions.DependencyInjection.Tests;

/// <summary>A started test server and a service provider with <c>AddGenAuthCustomData</c> pointed at it, logging everything.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private ClientHarness(GenAuthTestServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public GenAuthTestServer Server { get; }

    public ServiceProvider Services { get; }

    public GenAuthCustomDataClient Client => Services.GetRequiredService<GenAuthCustomDataClient>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public IReadOnlyList<FakeLogRecord> Events(int eventId) => Logs.GetSnapshot().Where(r => r.Id.Id == eventId).ToList();

    /// <summary>Every logged text: messages, structured values, exceptions.</summary>
    public string AllLogText() => string.Join("\n", Logs.GetSnapshot().Select(r =>
        r.Message + " " + string.Join(" ", r.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? Array.Empty<string>()) + " " + r.Exception));

    public static async Task<ClientHarness> StartAsync(
        Action<IDictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null,
        GenAuthTestServerOptions? serverOptions = null)
    {
        var server = await GenAuthTestServer.StartAsync(serverOptions);
        server.Store.SeedCustomField(new CustomField
        {
            TargetType = "USER", Key = "school", DataType = "ENUM", Label = "School",
            Options = new[] { new CustomFieldOption("pku", "Peking University"), new CustomFieldOption("hust", "HUST") },
        });
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER", Label = "Age" });
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "vip", DataType = "BOOLEAN", Label = "VIP" });

        var settings = new Dictionary<string, string?>
        {
            ["GenAuth:Host"] = server.BaseAddress.ToString(),
            ["GenAuth:AccessKeyId"] = server.AccessKeyId,
            ["GenAuth:AccessKeySecret"] = server.AccessKeySecret,
            // Short delays so retries stay fast; the attempt and total timeouts stay at their defaults.
            ["GenAuth:Resilience:Retry:Delay"] = "00:00:00.010",
            ["GenAuth:Resilience:Retry:MaxRetryAttempts"] = "3",
        };
        configure?.Invoke(settings);
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace)).AddFakeLogging();
        collection.AddGenAuthCustomData(configuration.GetSection("GenAuth"));
        services?.Invoke(collection);
        return new ClientHarness(server, collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
