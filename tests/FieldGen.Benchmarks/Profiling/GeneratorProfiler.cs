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
    /// compiler takes just to parse the generated file (the driver parses it lazily; the compilation that
    /// follows pays it). Run 0 is the first run in the process: it includes compiling FieldGen with the JIT.
    /// </summary>
    internal static class GeneratorProfiler
    {
        public static int Run(int size)
        {
            var workload = new GeneratorWorkload(size);

            // Run the System.Text.Json generator once first, so Roslyn's own driver and parser code is
            // compiled by the JIT already and run 0 below shows what FieldGen's first run costs by itself,
            // as in a compiler process that runs other generators too.
            var warmup = new GeneratorWorkload(5);
            var stopwatch = Stopwatch.StartNew();
            warmup.NewStjDriver(ReferenceAssemblies.LoadStjGenerator()).RunGenerators(warmup.NewStjCompilation());
            Console.WriteLine($"warm-up: System.Text.Json generator first run on 5 properties {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
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
