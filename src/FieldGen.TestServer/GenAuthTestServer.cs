using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FieldGen.TestServer;

/// <summary>
/// A fake of the GenAuth (Authing) custom-field management endpoints, served by Kestrel on
/// <c>127.0.0.1</c> at a free port (or <see cref="GenAuthTestServerOptions.Port"/>). Accepts management tokens and HMAC-SHA1 signed requests,
/// keeps its state in memory (<see cref="Store"/>), logs what it received (<see cref="Requests"/>)
/// and injects faults on demand (<see cref="Faults"/>).
/// </summary>
/// <example>
/// <code>
/// await using var server = await GenAuthTestServer.StartAsync();
/// server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER" });
/// var client = new HttpClient { BaseAddress = server.BaseAddress };
/// </code>
/// </example>
public sealed class GenAuthTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private readonly ManagementTokenIssuer _tokens;
    private readonly GenAuthTestServerOptions _options;

    private GenAuthTestServer(WebApplication app, Uri baseAddress, GenAuthTestServerOptions options, RequestLog log, ManagementTokenIssuer tokens, GenAuthStore store, UserDirectory users, FaultInjector faults, ServerCounters counters)
    {
        _app = app;
        _options = options;
        _log = log;
        _tokens = tokens;
        BaseAddress = baseAddress;
        Store = store;
        Users = users;
        Faults = faults;
        Counters = counters;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c> (with <see cref="GenAuthTestServerOptions.PathBase"/> after it); the host to give an SDK.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The access key id it accepts.</summary>
    public string AccessKeyId => _options.AccessKeyId;

    /// <summary>The access key secret it accepts, for the test's own client. The server never logs nor echoes it.</summary>
    public string AccessKeySecret => _options.AccessKeySecret;

    /// <summary>The user pool id in its tokens and the one <c>x-authing-userpool-id</c> must name.</summary>
    public string UserPoolId => _options.UserPoolId;

    /// <summary>The custom fields and custom data, to seed before and read after the code under test runs.</summary>
    public GenAuthStore Store { get; }

    /// <summary>The users get-user and list-users answer with; their custom data is in <see cref="Store"/> (target type USER).</summary>
    public UserDirectory Users { get; }

    /// <summary>Faults to inject into the next requests.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Running totals: tokens issued, 401s, verified signatures, injected faults.</summary>
    public ServerCounters Counters { get; }

    /// <summary>Every request answered so far, oldest first, with credentials redacted.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => _log.Snapshot();

    /// <summary>Starts a server on a loopback port: <see cref="GenAuthTestServerOptions.Port"/>, or a free one.</summary>
    /// <param name="options">Credentials, port, token lifetime, clock skew and clock; defaults (random credentials, a free port) when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">An option is empty or out of range.</exception>
    /// <exception cref="System.IO.IOException">The port is taken.</exception>
    public static async Task<GenAuthTestServer> StartAsync(GenAuthTestServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = Validated(options ?? new GenAuthTestServerOptions());
        var store = new GenAuthStore(settings.TimeProvider);
        var users = new UserDirectory();
        var faults = new FaultInjector();
        var counters = new ServerCounters();
        var log = new RequestLog();
        var tokens = new ManagementTokenIssuer(settings);
        var pipeline = new RequestPipeline(
            Endpoints(settings, store, users, tokens, counters), new RequestAuthenticator(settings, tokens),
            faults, counters, log, new SecretRedactor(settings.AccessKeySecret), settings);

        // The empty builder brings no configuration, logging or HTTPS: only Kestrel on one loopback port.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.Port));

        // The host's default ConsoleLifetime would take over Ctrl+C and SIGTERM of whatever process
        // hosts this server (a test run, a console app) and keep it alive: the host process owns them.
        builder.Services.AddSingleton<IHostLifetime, ProcessOwnedLifetime>();
        var app = builder.Build();
        if (settings.PathBase is { } pathBase)
        {
            app.UsePathBase(pathBase);
        }

        app.Run(pipeline.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GenAuthTestServer(app, new Uri(address.TrimEnd('/') + (settings.PathBase ?? "") + "/"), settings, log, tokens, store, users, faults, counters);
    }

    /// <summary>Revokes every management token issued so far: the next request with one gets a 401 (apiCode <see cref="GenAuthApiCodes.RevokedToken"/>).</summary>
    /// <returns>How many tokens were revoked.</returns>
    public int RevokeManagementTokens() => _tokens.RevokeAll();

    /// <summary>Empties <see cref="Requests"/>.</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static IReadOnlyList<Endpoint> Endpoints(GenAuthTestServerOptions options, GenAuthStore store, UserDirectory users, ManagementTokenIssuer tokens, ServerCounters counters)
    {
        var token = new ManagementTokenEndpoint(options, tokens, counters);
        var fields = new CustomFieldEndpoints(store, options.TimeProvider, options.AllowGroupCustomFields);
        var data = new CustomDataEndpoints(store);
        var udfs = new UdfsSearchEndpoint(store, options.UserPoolId);
        var userCalls = new UserEndpoints(users, store, data);
        return new Endpoint[]
        {
            new("POST", Endpoint.ManagementTokenPath, RequiresAuth: false, token.Issue),
            new("GET", "/api/v3/get-custom-fields", RequiresAuth: true, fields.Get),
            new("POST", "/api/v3/set-custom-fields", RequiresAuth: true, fields.Set),
            new("POST", "/api/v3/delete-custom-fields", RequiresAuth: true, fields.Delete),
            new("GET", "/api/v3/get-custom-data", RequiresAuth: true, data.Get),
            new("POST", "/api/v3/set-custom-data", RequiresAuth: true, data.Set),
            new("POST", "/api/v2/udfs/search", RequiresAuth: true, udfs.Search),
            new("GET", "/api/v3/get-user", RequiresAuth: true, userCalls.Get),
            new("POST", "/api/v3/list-users", RequiresAuth: true, userCalls.List),
            new("POST", "/api/v3/create-user", RequiresAuth: true, userCalls.Create),
            new("POST", "/api/v3/update-user", RequiresAuth: true, userCalls.Update),
        };
    }

    /// <summary>A copy, so a caller changing its options object later does not change a running server.</summary>
    private static GenAuthTestServerOptions Validated(GenAuthTestServerOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.AccessKeyId, nameof(options.AccessKeyId));
        ArgumentException.ThrowIfNullOrEmpty(options.AccessKeySecret, nameof(options.AccessKeySecret));
        ArgumentException.ThrowIfNullOrEmpty(options.UserPoolId, nameof(options.UserPoolId));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        if (options.ManagementTokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ManagementTokenLifetime must be positive.");
        }

        if (options.AllowedClockSkew < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "AllowedClockSkew cannot be negative.");
        }

        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Port must be between 0 (a free port) and 65535.");
        }

        string prefix = (options.PathBase ?? "").Trim().Trim('/');
        string? pathBase = prefix.Length == 0 ? null : "/" + prefix;

        return new GenAuthTestServerOptions
        {
            AccessKeyId = options.AccessKeyId,
            AccessKeySecret = options.AccessKeySecret,
            UserPoolId = options.UserPoolId,
            ManagementTokenLifetime = options.ManagementTokenLifetime,
            AllowedClockSkew = options.AllowedClockSkew,
            TimeProvider = options.TimeProvider,
            Port = options.Port,
            PathBase = pathBase,
            AllowGroupCustomFields = options.AllowGroupCustomFields,
            HttpStatusForAuthFailures = options.HttpStatusForAuthFailures,
        };
    }
}
