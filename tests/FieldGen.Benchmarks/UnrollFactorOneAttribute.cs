using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace FieldGen.Benchmarks
{
    /// <summary>
    /// One invocation per loop turn: for operations of milliseconds, BenchmarkDotNet's default unroll of 16
    /// only makes iterations needlessly long.
    /// </summary>
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class UnrollFactorOneAttribute : JobMutatorConfigBaseAttribute
    {
        public UnrollFactorOneAttribute()
            : base(Job.Default.WithUnrollFactor(1))
        {
        }
    }
}
