using System.IO;
using System.Threading.Tasks;
using FieldGen.Management.Changes;
using FieldGen.Management.Pull;

namespace FieldGen.Cli.Commands
{
    /// <summary>
    /// <c>fieldgen check [file]</c>: does the checked-in file match the tenant? Exit 0 yes, 1 no (the
    /// report says what differs; run pull to update), 2 could not tell. Writes nothing.
    /// </summary>
    internal static class CheckCommand
    {
        public static Task<int> RunAsync(CommandLineArguments args, CliContext context) =>
            RemoteCommand.RunAsync(args, context, (puller, target) => puller.CheckAsync(target, context.CancellationToken), Report);

        private static int Report(SchemaPullResult result, SchemaPullTarget target, string host, ConsoleReporter reporter)
        {
            string name = Path.GetFileName(target.SchemaPath);
            reporter.Refusals(result, target.SchemaPath);
            if (result.Outcome == SchemaPullOutcome.Unchanged)
            {
                reporter.Info(name + " matches the " + result.FieldCount + " custom fields at " + host + ".");
                return ExitCodes.Success;
            }

            reporter.Info(result.Outcome == SchemaPullOutcome.Created
                ? name + " does not exist; run 'fieldgen pull' to create it."
                : name + " differs from the custom fields at " + host + "; run 'fieldgen pull' to update it.");
            SchemaChangeReport? changes = result.Changes;
            if (changes is not null)
            {
                reporter.Changes(changes, target.SchemaPath);
            }

            return ExitCodes.Differs;
        }
    }
}
