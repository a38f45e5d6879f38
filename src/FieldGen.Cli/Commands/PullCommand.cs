using System.IO;
using System.Threading.Tasks;
using FieldGen.Management.Pull;

namespace FieldGen.Cli.Commands
{
    /// <summary><c>fieldgen pull [file]</c>: writes the tenant's schema into the file if it changed, with a change report beside it.</summary>
    internal static class PullCommand
    {
        public static Task<int> RunAsync(CommandLineArguments args, CliContext context) =>
            RemoteCommand.RunAsync(args, context, (puller, target) => puller.PullAsync(target, context.CancellationToken), Report);

        private static int Report(SchemaPullResult result, SchemaPullTarget target, string host, ConsoleReporter reporter)
        {
            string what = result.Outcome switch
            {
                SchemaPullOutcome.Unchanged => "unchanged, file left as is",
                SchemaPullOutcome.Created => "created",
                _ => "updated",
            };
            reporter.Refusals(result, target.SchemaPath);
            reporter.Info("Pulled " + result.FieldCount + " custom fields from " + host + " into " + Path.GetFileName(target.SchemaPath) + ": " + what + ".");
            if (result.Changes is not null)
            {
                reporter.Changes(result.Changes, target.SchemaPath);
            }

            if (result.ChangeReportPath is not null)
            {
                reporter.Info("Change report: " + result.ChangeReportPath);
            }

            return ExitCodes.Success;
        }
    }
}
