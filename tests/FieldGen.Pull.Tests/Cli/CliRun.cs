using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Cli;

namespace FieldGen.Pull.Tests.Cli
{
    /// <summary>Runs the fieldgen tool in-process with its own environment, capturing stdout and stderr.</summary>
    internal sealed record CliRun(int ExitCode, string Output, string Error)
    {
        public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var context = new CliContext(output, error, name => environment is not null && environment.TryGetValue(name, out string? value) ? value : null, CancellationToken.None);
            int exitCode = await FieldGenCommandLine.RunAsync(args, context);
            return new CliRun(exitCode, output.ToString(), error.ToString());
        }

        public override string ToString() => "exit code " + ExitCode + "\nstdout:\n" + Output + "\nstderr:\n" + Error;
    }
}
