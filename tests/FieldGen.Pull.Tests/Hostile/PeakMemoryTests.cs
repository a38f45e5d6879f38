using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FieldGen.Pull.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>
    /// The fieldgen CLI as a child process against a 300 MB failure envelope streamed from one 64 KiB
    /// buffer: its peak resident memory (Linux VmHWM) stays under <see cref="BoundBytes"/>, a bound
    /// docs/pull.md states. Before the cap it peaked at 4.9 GB. The normal pull's peak is measured in
    /// the same run as the baseline.
    /// </summary>
    public sealed class PeakMemoryTests : IDisposable
    {
        /// <summary>The documented bound: 300 MB resident for the whole CLI process.</summary>
        public const long BoundBytes = 300L * 1024 * 1024;

        private readonly string _directory = Directory.CreateTempSubdirectory("fieldgen-hostile-memory-").FullName;
        private readonly ITestOutputHelper _output;

        public PeakMemoryTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Fact]
        public async Task The_CLI_stays_under_300_MB_resident_while_a_server_answers_300_MB()
        {
            Assert.True(File.Exists("/proc/self/status"), "VmHWM is read from /proc (Linux)");
            await using var tenant = new HostileTenant();

            (long normalPeak, string normalOutput, int normalExit) = await PeakOfPullAsync(tenant, "normal");
            (long hostilePeak, string hostileOutput, int hostileExit) = await PeakOfPullAsync(tenant, "huge-message");

            _output.WriteLine("peak resident memory (VmHWM): normal pull " + normalPeak / 1024 + " KiB, 300 MB answer " + hostilePeak / 1024 + " KiB");
            Assert.True(normalExit == 0, normalOutput);
            Assert.True(hostileExit == 2 && hostileOutput.Contains("error FG2007") && hostileOutput.Contains("answered more than"), hostileOutput);
            Assert.True(hostileOutput.Length < 2000, "output of " + hostileOutput.Length + " characters");
            Assert.True(hostilePeak > 0 && hostilePeak < BoundBytes, "peak " + hostilePeak / 1024 + " KiB (normal pull: " + normalPeak / 1024 + " KiB)");
        }

        private async Task<(long Peak, string Output, int ExitCode)> PeakOfPullAsync(HostileTenant tenant, string scenario)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in new[] { RepositoryPaths.CliAssembly, "pull", Path.Combine(_directory, scenario + ".json"), "--tenant", scenario, "--timeout", "60" })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (KeyValuePair<string, string> variable in tenant.Environment())
            {
                start.Environment[variable.Key] = variable.Value;
            }

            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            long peak = 0;
            // Bounded: at most two minutes of 20 ms samples; VmHWM only grows, so the last sample is the peak so far.
            for (int i = 0; i < 6000 && !process.HasExited; i++)
            {
                peak = Math.Max(peak, HighWaterMark(process.Id));
                await Task.Delay(20);
            }

            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            return (peak, await output + await error, process.ExitCode);
        }

        private static long HighWaterMark(int pid)
        {
            try
            {
                string? line = File.ReadLines("/proc/" + pid + "/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }
}
