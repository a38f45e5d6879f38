using System;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Management.Pull;

namespace FieldGen.Cli
{
    /// <summary>The <c>fieldgen</c> tool's entry point.</summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                // Let the pull stop cleanly: the schema file is replaced atomically or not at all.
                e.Cancel = true;
                cancel.Cancel();
            };
            var context = new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable, cancel.Token);
            try
            {
                return await FieldGenCommandLine.RunAsync(args, context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                Console.Error.WriteLine("fieldgen: cancelled; no file was changed.");
                return ExitCodes.Failed;
            }
            catch (Exception ex)
            {
                // Never an unhandled exception with a stack: an FG diagnostic with the redacted text.
                PullFailure failure = UnexpectedFailure.From(ex, UnexpectedFailure.RedactorFor(Environment.GetEnvironmentVariable));
                Console.Error.WriteLine("fieldgen: error " + failure.Code + ": " + UnexpectedFailure.OneLine(failure.Problem) + ". " + failure.AdviceSentence);
                return ExitCodes.Failed;
            }
        }
    }
}
