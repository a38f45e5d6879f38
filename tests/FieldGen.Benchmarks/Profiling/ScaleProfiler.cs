using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using FieldGen.Benchmarks.Generator;
using Microsoft.CodeAnalysis;

namespace FieldGen.Benchmarks.Profiling
{
    /// <summary>
    /// <c>--profile-scale [--compile] [case]</c>: one cold generator run per <see cref="ScaleBenchmarks"/> case
    /// (after a warm-up run on the same input, so the JIT is done), and with <c>--compile</c> the time the
    /// C# compiler takes to bind and emit the generated code. Plain stopwatch numbers, for the sizes where
    /// BenchmarkDotNet's repeated iterations would take minutes. A case argument
    /// (e.g. <c>"distinct-options 20000"</c>) runs only that case.
    /// </summary>
    internal static class ScaleProfiler
    {
        public static int Run(bool compile, string? only)
        {
            foreach (string testCase in ScaleBenchmarks.Cases.Where(c => only is null || c == only))
            {
                string[] parts = testCase.Split(' ');
                var workload = new ScaleWorkload(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
                workload.RunGenerator();
                var watch = Stopwatch.StartNew();
                GeneratorDriver driver = workload.RunGenerator();
                double generator = watch.Elapsed.TotalSeconds;
                ImmutableArray<SyntaxTree> trees = driver.GetRunResult().GeneratedTrees;
                int length = trees.Sum(t => t.Length);
                GeneratorRunResult steps = workload.RunGenerator(trackSteps: true).GetRunResult().Results.Single();
                string stepTimes = string.Join(", ", steps.TrackedSteps.Concat(steps.TrackedOutputSteps)
                    .Select(s => $"{s.Key.Replace("FieldGen.", string.Empty)} {s.Value.Sum(r => r.ElapsedTime.TotalSeconds):F2}"));
                string line = $"{testCase}: generator {generator:F2} s ({stepTimes}), generated {length / 1e6:F1} M chars";
                if (compile)
                {
                    watch.Restart();
                    int errors = ScaleWorkload.Compile(trees);
                    line += $", compile {watch.Elapsed.TotalSeconds:F1} s ({errors} errors)";
                }

                Console.WriteLine(line);
            }

            return 0;
        }
    }
}
