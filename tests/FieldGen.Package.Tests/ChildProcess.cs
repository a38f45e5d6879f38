using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace FieldGen.Package.Tests
{
    /// <summary>
    /// A command that keeps running (a server), its output read line by line as it comes; killed with its
    /// whole process tree on dispose. Nothing it prints goes to the test's output: a server may print secrets.
    /// </summary>
    internal sealed class ChildProcess : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new BlockingCollection<string>();

        public ChildProcess(string workingDirectory, string command, IReadOnlyDictionary<string, string> environment)
        {
            string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = new ProcessStartInfo(words[0])
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string word in words[1..])
            {
                start.ArgumentList.Add(word);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) => Add(e.Data);
            _process.ErrorDataReceived += (_, e) => Add(e.Data);
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>The next line printed within <paramref name="timeout"/>; null when none came (or the process ended).</summary>
        public string? NextLine(TimeSpan timeout)
        {
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                return _lines.Take(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        public bool HasExited => _process.HasExited;

        public void Dispose()
        {
            try
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
                // It had already ended.
            }

            _process.Dispose();
        }

        private void Add(string? line)
        {
            if (line is not null)
            {
                _lines.Add(line);
            }
        }
    }
}
