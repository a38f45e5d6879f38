using System;
using System.Linq;
using BenchmarkDotNet.Running;
using FieldGen.Benchmarks.Fixtures;
using FieldGen.Benchmarks.SampleBuild;
using FieldGen.Benchmarks.Verification;

namespace FieldGen.Benchmarks
{
    /// <summary>
    /// <code>
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --filter '*'           full suite (~10 min)
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --quick --filter '*'   CI-sized run (~4 min)
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --check                 correctness, allocations, caching
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --sample-build [runs]   wall time of building the sample
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --write-fixtures        rewrite Schemas/, Payloads/, Dtos/
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --profile-read 1000 5    FromUtf8Json in a loop, for profilers ("hand": the hand-written reader)
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --profile-write 1000 5   ToSetCustomDataRequest.WriteTo in a loop ("strings": valuesAsStrings, "hand": the hand-written writer)
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --profile-generator 2000  where a cold generator run goes
    /// dotnet run -c Release --project tests/FieldGen.Benchmarks -- --profile-scale --compile  generator and compile time at 20k/100k options
    /// </code>
    /// Any other arguments go to BenchmarkDotNet (--filter, --list flat, --join, ...).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Contains("--write-fixtures"))
            {
                FixtureFiles.Write(FixtureFiles.ProjectDirectory());
                return 0;
            }

            if (args.Contains("--check"))
            {
                return Checks.Run();
            }

            int sampleBuild = Array.IndexOf(args, "--sample-build");
            if (sampleBuild >= 0)
            {
                int runs = sampleBuild + 1 < args.Length && int.TryParse(args[sampleBuild + 1], out int n) ? n : 7;
                return SampleBuildTimer.Run(runs);
            }

            int profile = Array.IndexOf(args, "--profile-read");
            if (profile >= 0)
            {
                int size = profile + 1 < args.Length && int.TryParse(args[profile + 1], out int fields) ? fields : 1000;
                int seconds = profile + 2 < args.Length && int.TryParse(args[profile + 2], out int s) ? s : 5;
                return Profiling.ReadProfiler.Run(size, seconds, handWritten: args.Contains("hand"));
            }

            int profileWrite = Array.IndexOf(args, "--profile-write");
            if (profileWrite >= 0)
            {
                int size = profileWrite + 1 < args.Length && int.TryParse(args[profileWrite + 1], out int fields) ? fields : 1000;
                int seconds = profileWrite + 2 < args.Length && int.TryParse(args[profileWrite + 2], out int s) ? s : 5;
                return Profiling.WriteProfiler.Run(size, seconds, valuesAsStrings: args.Contains("strings"), handWritten: args.Contains("hand"));
            }

            int profileGenerator = Array.IndexOf(args, "--profile-generator");
            if (profileGenerator >= 0)
            {
                int size = profileGenerator + 1 < args.Length && int.TryParse(args[profileGenerator + 1], out int fields) ? fields : 2000;
                return Profiling.GeneratorProfiler.Run(size);
            }

            if (args.Contains("--profile-scale"))
            {
                string? only = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
                return Profiling.ScaleProfiler.Run(compile: args.Contains("--compile"), only);
            }

            bool quick = args.Contains("--quick");
            string[] rest = args.Where(a => a != "--quick").ToArray();
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, quick ? BenchmarkConfigs.Quick() : BenchmarkConfigs.Full());
            return 0;
        }
    }
}
