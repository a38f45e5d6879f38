using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Threading.Tasks;

namespace FieldGen.Cli
{
    /// <summary>Parses the command line and runs the chosen command; everything a test needs to run the tool in-process.</summary>
    internal static class FieldGenCommandLine
    {
        public static async Task<int> RunAsync(string[] args, CliContext context)
        {
            ParseResult parsed = FieldGenCommandTree.Build(context).Parse(args);
            if (parsed.Action is ParseErrorAction)
            {
                // Bad arguments are exit code 2 (could not do it), like every other failure, not the library's 1;
                // --help, --version and [suggest] still work on an incomplete command line.
                var reporter = new ConsoleReporter(context);
                foreach (ParseError error in parsed.Errors)
                {
                    reporter.UsageError(error.Message.TrimEnd('.'));
                }

                return ExitCodes.Failed;
            }

            var invocation = new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(invocation, context.CancellationToken).ConfigureAwait(false);
        }
    }
}
