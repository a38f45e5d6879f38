using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FieldGen.Benchmarks.Generator
{
    /// <summary>One <see cref="ScaleSchemas"/> schema as a project: the generator run on it, and the compile of what it generates.</summary>
    internal sealed class ScaleWorkload
    {
        private static readonly CSharpCompilation ReferencesOnly = CSharpCompilation.Create(
            GeneratorWorkload.RootNamespace,
            references: ReferenceAssemblies.All,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        private readonly InMemoryAdditionalText _schema;
        private readonly SchemaOptionsProvider _options = new SchemaOptionsProvider(GeneratorWorkload.RootNamespace, "UserCustomData");

        public ScaleWorkload(string shape, int size)
        {
            _schema = new InMemoryAdditionalText(GeneratorWorkload.SchemaPath, ScaleSchemas.Json(shape, size));
        }

        /// <summary>A cold generator run: new driver, new compilation.</summary>
        public GeneratorDriver RunGenerator(bool trackSteps = false) => CSharpGeneratorDriver.Create(
                new[] { new CustomDataGenerator().AsSourceGenerator() },
                ImmutableArray.Create<AdditionalText>(_schema),
                GeneratorWorkload.ParseOptions,
                _options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps))
            .RunGenerators(ReferencesOnly);

        /// <summary>The generated source trees, parsed, ready to compile.</summary>
        public ImmutableArray<SyntaxTree> GeneratedTrees() => RunGenerator().GetRunResult().GeneratedTrees;

        /// <summary>Compiles <paramref name="trees"/> to IL, as the build after the generator does; returns the error count.</summary>
        public static int Compile(ImmutableArray<SyntaxTree> trees)
        {
            using var pe = new MemoryStream();
            var result = ReferencesOnly.AddSyntaxTrees(trees).Emit(pe);
            int errors = 0;
            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    errors++;
                }
            }

            return errors;
        }
    }
}
