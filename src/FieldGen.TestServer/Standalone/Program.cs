using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using FieldGen.Management.Configuration;

namespace FieldGen.TestServer;

/// <summary>
/// <c>dotnet run --project src/FieldGen.TestServer -- [--port 5080] [--schema custom-fields.json] [--allow-group]</c>:
/// the test server on its own, for trying FieldGen without a tenant. Its first three lines are the
/// environment the pull and the CLI read (a throwaway key), in a form a shell can export as printed.
/// </summary>
internal static class Program
{
    public const int DefaultPort = 5080;

    private const string Usage =
        "usage: dotnet run --project src/FieldGen.TestServer -- [--port <port>] [--schema <file>] [--allow-group]\n"
        + "  --port <port>    loopback port to listen on (default 5080; 0 picks a free one)\n"
        + "  --schema <file>  seed custom fields from an export (any schema form FieldGen reads)\n"
        + "  --allow-group    answer GROUP at get-custom-fields (the real endpoint refuses it)";

    public static async Task<int> Main(string[] args)
    {
        var options = new GenAuthTestServerOptions { Port = DefaultPort };
        string? schemaPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535:
                    options.Port = port;
                    i++;
                    break;
                case "--schema" when value is not null:
                    schemaPath = value;
                    i++;
                    break;
                case "--allow-group":
                    options.AllowGroupCustomFields = true;
                    break;
                case "--help" or "-h":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"fieldgen-test-server: error: unexpected argument '{args[i]}'{(value is null ? "" : " " + value)}.\n{Usage}");
                    return 2;
            }
        }

        string? problem = null;
        var fields = schemaPath is null ? Array.Empty<CustomField>() : SchemaSeed.Read(schemaPath, out problem);
        if (fields is null)
        {
            Console.Error.WriteLine("fieldgen-test-server: error: " + problem);
            return 2;
        }

        await using var server = await GenAuthTestServer.StartAsync(options).ConfigureAwait(false);
        foreach (CustomField field in fields)
        {
            server.Store.SeedCustomField(field);
        }

        Console.WriteLine($"{EnvironmentSettings.HostVariable}={server.BaseAddress.ToString().TrimEnd('/')}");
        Console.WriteLine($"{EnvironmentSettings.AccessKeyIdVariable}={server.AccessKeyId}");
        Console.WriteLine($"{EnvironmentSettings.AccessKeySecretVariable}={server.AccessKeySecret}");
        Console.WriteLine($"# GenAuth test server: {fields.Count} custom fields seeded{(schemaPath is null ? "" : " from " + schemaPath)}; a throwaway key; Ctrl+C stops it.");
        Console.Out.Flush();

        await StopSignal().ConfigureAwait(false);
        return 0;
    }

    /// <summary>Completes on Ctrl+C or SIGTERM, so the server is disposed before the process ends.</summary>
    private static Task StopSignal()
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }

        var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
        return stop.Task.ContinueWith(_ =>
        {
            interrupt.Dispose();
            terminate.Dispose();
        }, TaskScheduler.Default);
    }
}
