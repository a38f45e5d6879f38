using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FieldGen.Benchmarks.Generator
{
    /// <summary>
    /// The generator in-process, through <see cref="CSharpGeneratorDriver"/> as the compiler and the IDE run
    /// it, next to the System.Text.Json source generator on an equivalent class. "Cold" is a new driver on a
    /// new compilation (no cached pipeline state, source symbols unbound; JIT already warm, as in the
    /// compiler server). The edit runs start from a driver that already ran once, as on every keystroke.
    /// </summary>
    [MemoryDiagnoser]
    [UnrollFactorOne]
    public class GeneratorBenchmarks
    {
        private static readonly ISourceGenerator StjGenerator = ReferenceAssemblies.LoadStjGenerator();

        private GeneratorWorkload _workload = null!;
        private CSharpCompilation _fieldGenCompilation = null!;
        private CSharpCompilation _stjCompilation = null!;
        private GeneratorDriver _fieldGenWarm = null!;
        private GeneratorDriver _stjWarm = null!;

        [Params(20, 200, 2000)]
        public int Fields { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _workload = new GeneratorWorkload(Fields);
            _fieldGenCompilation = _workload.NewFieldGenCompilation();
            _stjCompilation = _workload.NewStjCompilation();
            _fieldGenWarm = _workload.NewFieldGenDriver().RunGenerators(_fieldGenCompilation);
            _stjWarm = _workload.NewStjDriver(StjGenerator).RunGenerators(_stjCompilation);
        }

        [Benchmark(Baseline = true, Description = "STJ generator: cold")]
        public GeneratorDriver StjCold() => _workload.NewStjDriver(StjGenerator).RunGenerators(_workload.NewStjCompilation());

        [Benchmark(Description = "STJ generator: unrelated .cs edit")]
        public GeneratorDriver StjUnrelatedEdit() =>
            _stjWarm.RunGenerators(_stjCompilation.ReplaceSyntaxTree(_workload.UnrelatedTree, _workload.UnrelatedTreeEdited));

        [Benchmark(Description = "STJ generator: one-property edit")]
        public GeneratorDriver StjPropertyEdit() =>
            _stjWarm.RunGenerators(_stjCompilation.ReplaceSyntaxTree(_workload.DtoTree, _workload.DtoTreeEdited));

        [Benchmark(Description = "FieldGen: cold")]
        public GeneratorDriver FieldGenCold() => _workload.NewFieldGenDriver().RunGenerators(_workload.NewFieldGenCompilation());

        [Benchmark(Description = "FieldGen: unrelated .cs edit")]
        public GeneratorDriver FieldGenUnrelatedEdit() =>
            _fieldGenWarm.RunGenerators(_fieldGenCompilation.ReplaceSyntaxTree(_workload.UnrelatedTree, _workload.UnrelatedTreeEdited));

        [Benchmark(Description = "FieldGen: one-field schema edit")]
        public GeneratorDriver FieldGenSchemaEdit() =>
            _fieldGenWarm.ReplaceAdditionalText(_workload.Schema, _workload.SchemaEdited).RunGenerators(_fieldGenCompilation);
    }
}
