using System;
using System.Net.Http;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Configuration;
using FieldGen.Management.Http;
using FieldGen.Management.Pull;

namespace FieldGen.Cli.Commands
{
    /// <summary>Runs pull or check against the tenant: settings from options and the environment, then one <see cref="SchemaPuller"/> call.</summary>
    internal static class RemoteCommand
    {
        public static async Task<int> RunAsync(
            CommandLineArguments args,
            CliContext context,
            Func<SchemaPuller, SchemaPullTarget, Task<SchemaPullResult>> run,
            Func<SchemaPullResult, SchemaPullTarget, string, ConsoleReporter, int> report)
        {
            var reporter = new ConsoleReporter(context);
            if (args.Positional.Count > 1)
            {
                reporter.UsageError("give at most one schema file");
                return ExitCodes.Failed;
            }

            SchemaPullTarget target = SchemaTargetArguments.Read(args);
            GenAuthConnection? connection = ConnectionSettings.Read(args.Option("--host"), args.Option("--auth"), args.Option("--timeout"), context.Environment, SettingNames.CommandLine, out PullFailure? problem);
            if (connection is null)
            {
                reporter.Failure(problem!, target.SchemaPath);
                return ExitCodes.Failed;
            }

            if (args.Option("--lang") is string language && language.Trim().Length > 0)
            {
                connection.Language = language.Trim();
            }

            using HttpClient http = PullHttpClient.Create(LoopbackOnlyConnection.CreateHandler());
            var puller = new SchemaPuller(http, connection, ManagementTokenCache.Shared, () => DateTimeOffset.UtcNow);
            try
            {
                SchemaPullResult result = await run(puller, target).ConfigureAwait(false);
                return report(result, target, GenAuthHost.Display(connection.Host), reporter);
            }
            catch (PullException ex)
            {
                reporter.Failure(ex.Failure, target.SchemaPath);
                return ExitCodes.Failed;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested))
            {
                reporter.Failure(UnexpectedFailure.From(ex, puller.Redactor), target.SchemaPath);
                return ExitCodes.Failed;
            }
        }
    }
}
