using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;

namespace FieldGen.Benchmarks
{
    /// <summary>
    /// The jobs: one process per benchmark, few but long-enough iterations, so the whole suite fits in
    /// about ten minutes on two shared cores. Ratios are against the baseline of the same run and the
    /// same parameter value, which is what stays meaningful on a noisy machine.
    /// </summary>
    internal static class BenchmarkConfigs
    {
        /// <summary>
        /// The full run: 3 warmup and 10 measured iterations of at least 200 ms each. Overhead evaluation is
        /// off: it would double the time for a correction of about a nanosecond on operations of 300 ns and up.
        /// </summary>
        public static IConfig Full() => Create(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithEvaluateOverhead(false)
            .WithIterationTime(TimeInterval.FromMilliseconds(200))
            .WithId("Full"));

        /// <summary>The CI-sized run (--quick): 1 warmup and 3 iterations of 50 ms, no tiering; proves everything runs, numbers are rough.</summary>
        public static IConfig Quick() => Create(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(50))
            .WithEvaluateOverhead(false)
            // Too short for tiered JIT to reach optimized code: compile optimized from the start instead.
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredCompilation", "0"))
            .WithId("Quick"));

        private static IConfig Create(Job job) => DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .AddExporter(MarkdownExporter.GitHub)
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(20))
            .WithOption(ConfigOptions.DisableLogFile, false)
            .WithBuildTimeout(TimeSpan.FromMinutes(5));
    }
}
