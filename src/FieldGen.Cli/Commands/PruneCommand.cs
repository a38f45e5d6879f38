using System.IO;
using FieldGen.Management.Pull;
using FieldGen.Management.Schema;

namespace FieldGen.Cli.Commands
{
    /// <summary>
    /// <c>fieldgen prune [file]</c>: drops every tombstone (removed field or option) from a normalized
    /// schema file now, instead of waiting FieldGenTombstoneDays; the next build no longer has their
    /// [Obsolete] members. Works offline. Exit 0 done (or nothing to drop), 2 the file could not be read.
    /// </summary>
    internal static class PruneCommand
    {
        public static int Run(CommandLineArguments args, CliContext context)
        {
            var reporter = new ConsoleReporter(context);
            string path = SchemaTargetArguments.Read(args).SchemaPath;
            try
            {
                string? text = SchemaFileStore.ReadOrNull(path);
                int dropped = 0;
                PulledSchema? pruned = text is null ? null : SchemaTombstones.Prune(text, out dropped);
                if (pruned is null)
                {
                    reporter.Failure(new PullFailure(PullFailureKind.SchemaFileAccess, path + " is not a FieldGen schema file (\"fieldgenSchema\": 1)", "prune the file fieldgen pull wrote"), path);
                    return ExitCodes.Failed;
                }

                if (dropped > 0)
                {
                    // pulledAt is when the tenant's content last changed; pruning changes only the file.
                    SchemaFileStore.Write(path, NormalizedSchemaWriter.Render(pruned, SchemaFileStore.PulledAtOf(text!) ?? string.Empty));
                }

                context.Output.WriteLine(Path.GetFileName(path) + ": " + dropped.ToString(System.Globalization.CultureInfo.InvariantCulture) + " tombstone(s) dropped.");
                return ExitCodes.Success;
            }
            catch (PullException ex)
            {
                reporter.Failure(ex.Failure, path);
                return ExitCodes.Failed;
            }
        }
    }
}
