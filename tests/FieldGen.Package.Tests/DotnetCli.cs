using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace FieldGen.Package.Tests
{
    /// <summary>Runs the real `dotnet` CLI (or a bash script of README commands) in a folder and captures what it printed.</summary>
    internal static class DotnetCli
    {
        public static (int ExitCode, string Output) Run(string workingDirectory, string arguments, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null) =>
            Start(new ProcessStartInfo("dotnet", arguments), workingDirectory, environment, timeout);

        /// <summary>Runs <paramref name="script"/> with <c>bash -eu</c>: the first failing command fails it.</summary>
        public static (int ExitCode, string Output) Bash(string workingDirectory, string script, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null)
        {
            var start = new ProcessStartInfo("bash");
            foreach (string argument in new[] { "-euo", "pipefail", "-c", script })
            {
                start.ArgumentList.Add(argument);
            }

            return Start(start, workingDirectory, environment, timeout);
        }

        private static (int ExitCode, string Output) Start(ProcessStartInfo start, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout)
        {
            start.WorkingDirectory = workingDirectory;
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.UseShellExecute = false;
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(8)).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{start.FileName} {start.Arguments}{string.Join(" ", start.ArgumentList)} did not finish in time:\n{output}");
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }
    }
}
