using System;
using System.Diagnostics;
using System.Linq;
using FieldGen.Benchmarks.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FieldGen.Benchmarks.Profiling
{
    /// <summary>
    /// <c>--profile-generator SIZE</c>: where a cold FieldGen run spends its time. Prints the elapsed time
    /// of every tracked pipeline step (parse, merge, emit), the driver's own timing, and how long the
    /// compiler takes just to parse the generated file, which the driver does as part of every run.
    /// </summary>
    internal static class GeneratorProfiler
    {
        public static int Run(int size)
        {
            var workload = new GeneratorWorkload(size);
            for (int round = 0; round < 8; round++)
            {
                Compilation compilation = workload.NewFieldGenCompilation();
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                GeneratorDriver driver = workload.NewFieldGenDriver(trackSteps: true).RunGenerators(compilation);
                double total = watch.Elapsed.TotalMilliseconds;
                long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                GeneratorRunResult result = driver.GetRunResult().Results.Single();
                string text = result.GeneratedSources.Single().SourceText.ToString();

                watch.Restart();
                CSharpSyntaxTree.ParseText(text, GeneratorWorkload.ParseOptions);
                double parse = watch.Elapsed.TotalMilliseconds;

                string steps = string.Join(", ", result.TrackedSteps
                    .Where(s => s.Key.StartsWith("FieldGen.", StringComparison.Ordinal))
                    .Select(s => $"{s.Key.Substring(9)} {s.Value.Sum(r => r.ElapsedTime.TotalMilliseconds):F1}"));
                string outputs = string.Join(", ", result.TrackedOutputSteps.Select(s => $"{s.Key} {s.Value.Sum(r => r.ElapsedTime.TotalMilliseconds):F1}"));
                Console.WriteLine($"{size} fields, run {round}: total {total:F1} ms ({allocated / 1e6:F1} MB allocated); generator {driver.GetTimingInfo().GeneratorTimes.Single().ElapsedTime.TotalMilliseconds:F1} ms;"
                    + $" steps ms: {steps}; outputs ms: {outputs}; generated {text.Length / 1e6:F2} M chars, re-parsing it alone {parse:F1} ms");
            }

            return 0;
        }
    }
}
