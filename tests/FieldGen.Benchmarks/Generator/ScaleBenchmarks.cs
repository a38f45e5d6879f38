using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace FieldGen.Benchmarks.Generator
{
    /// <summary>
    /// A cold generator run on the sizes issue 11 found quadratic: 20,000 and 100,000 distinct options of
    /// one ENUM field, and 20,000 keys or options that mangle to one C# name. The compile of the generated
    /// code (the part the build pays after the generator) is timed by <c>--profile-scale</c>: one run of
    /// it at 20,000 options takes seconds, too long for BenchmarkDotNet's iterations.
    /// </summary>
    [MemoryDiagnoser]
    [UnrollFactorOne]
    public class ScaleBenchmarks
    {
        private ScaleWorkload _workload = null!;

        [ParamsSource(nameof(Cases))]
        public string Case { get; set; } = string.Empty;

        public static string[] Cases => new[]
        {
            ScaleSchemas.DistinctOptions + " 20000",
            ScaleSchemas.DistinctOptions + " 100000",
            ScaleSchemas.CollidingOptions + " 20000",
            ScaleSchemas.CollidingKeys + " 20000",
        };

        [GlobalSetup]
        public void Setup()
        {
            string[] parts = Case.Split(' ');
            _workload = new ScaleWorkload(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        [Benchmark(Description = "FieldGen: cold run")]
        public GeneratorDriver Cold() => _workload.RunGenerator();
    }
}
