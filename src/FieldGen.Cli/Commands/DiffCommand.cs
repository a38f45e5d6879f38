using System;
using System.IO;
using System.Text;
using FieldGen.Management.Changes;
using FieldGen.Management.Pull;
using FieldGen.Management.Schema;

namespace FieldGen.Cli.Commands
{
    /// <summary>
    /// <c>fieldgen diff &lt;old&gt; &lt;new&gt;</c>: the change report between two schema files of any form
    /// FieldGen reads, as Markdown on stdout (and <c>--markdown file</c>). Exit 0 no differences,
    /// 1 differences, 2 a file could not be read.
    /// </summary>
    internal static class DiffCommand
    {
        public static int Run(CommandLineArguments args, CliContext context)
        {
            var reporter = new ConsoleReporter(context);
            if (args.Positional.Count != 2)
            {
                reporter.UsageError("diff needs two schema files: fieldgen diff <old> <new>");
                return ExitCodes.Failed;
            }

            string oldPath = Path.GetFullPath(args.Positional[0]);
            string newPath = Path.GetFullPath(args.Positional[1]);
            try
            {
                string? before = SchemaFileStore.ReadOrNull(oldPath);
                string? after = SchemaFileStore.ReadOrNull(newPath);
                string? missing = before is null ? oldPath : after is null ? newPath : null;
                if (missing is not null)
                {
                    reporter.Failure(new PullFailure(PullFailureKind.SchemaFileAccess, missing + " does not exist", "give the paths of two schema files"), missing);
                    return ExitCodes.Failed;
                }

                SchemaChangeReport report = SchemaComparer.Compare(oldPath, before, newPath, after!, SchemaTargetArguments.Options(args));
                (string path, string? problem) unreadable = report.PreviousProblem is not null ? (oldPath, report.PreviousProblem) : (newPath, report.CurrentProblem);
                if (unreadable.problem is not null)
                {
                    reporter.Failure(new PullFailure(PullFailureKind.SchemaFileAccess, unreadable.path + " is not a schema FieldGen reads (" + unreadable.problem + ")", "fix the file or compare another one"), unreadable.path);
                    return ExitCodes.Failed;
                }

                string markdown = ChangeReportMarkdown.Render(report, "`" + Path.GetFileName(oldPath) + "` → `" + Path.GetFileName(newPath) + "`.");
                context.Output.Write(markdown);
                string? markdownFile = args.Option("--markdown");
                if (markdownFile is not null)
                {
                    File.WriteAllText(markdownFile, markdown, new UTF8Encoding(false));
                }

                return report.Changes.Count == 0 ? ExitCodes.Success : ExitCodes.Differs;
            }
            catch (PullException ex)
            {
                reporter.Failure(ex.Failure, null);
                return ExitCodes.Failed;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                reporter.Failure(new PullFailure(PullFailureKind.SchemaFileAccess, "could not write " + args.Option("--markdown") + " (" + ex.Message.TrimEnd('.') + ")", "check the path"), null);
                return ExitCodes.Failed;
            }
        }
    }
}
