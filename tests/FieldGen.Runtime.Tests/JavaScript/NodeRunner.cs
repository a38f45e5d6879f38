using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace FieldGen.Tests.JavaScript
{
    /// <summary>
    /// Runs a node script once for a whole batch: one input line in, one output line out. Node is the
    /// oracle (JSON.stringify, the signing rule as a JavaScript server applies it), so a missing node
    /// fails the test with a clear message instead of skipping it.
    /// </summary>
    internal static class NodeRunner
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        public static List<string> Run(string scriptPath, IReadOnlyList<string> inputLines)
        {
            var start = new ProcessStartInfo(FindNode(), "\"" + scriptPath + "\"")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = new UTF8Encoding(false),
            };
            using Process node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            node.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.Append(e.Data).Append('\n'); } } };
            node.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.Append(e.Data).Append('\n'); } } };
            node.BeginOutputReadLine();
            node.BeginErrorReadLine();
            using (var input = new StreamWriter(node.StandardInput.BaseStream, new UTF8Encoding(false)))
            {
                foreach (string line in inputLines)
                {
                    input.Write(line);
                    input.Write('\n');
                }
            }

            if (!node.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                node.Kill();
                throw new TimeoutException($"node {Path.GetFileName(scriptPath)} did not finish within {Timeout.TotalSeconds} s.");
            }

            node.WaitForExit();
            if (node.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {Path.GetFileName(scriptPath)} exited with {node.ExitCode}: {stderr}");
            }

            var lines = new List<string>(stdout.ToString().Split('\n'));
            lines.RemoveAll(l => l.Length == 0);
            return lines;
        }

        private static string FindNode()
        {
            foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                string candidate = Path.Combine(directory, OperatingSystem.IsWindows() ? "node.exe" : "node");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("node is not on PATH: these tests use Node.js as an independent oracle (CI installs nodejs). Install Node.js 18 or later.");
        }
    }
}
