using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FieldGen.Benchmarks.Generator;
using Microsoft.CodeAnalysis;

namespace FieldGen.Benchmarks.Verification
{
    /// <summary>
    /// Both generators, on the benchmark's own workloads: they must produce code that compiles (a generator
    /// that bailed out early would look fast), and after an unrelated edit every FieldGen step and output
    /// must be Cached or Unchanged. The step reasons of every run are printed.
    /// </summary>
    internal static class GeneratorChecks
    {
        private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

        public static void Run()
        {
            ISourceGenerator stj = ReferenceAssemblies.LoadStjGenerator();
            Checks.Info("System.Text.Json generator: " + ReferenceAssemblies.StjGeneratorPath);
            foreach (int size in new[] { 20, 200, 2000 })
            {
                var workload = new GeneratorWorkload(size);

                Compilation fieldGenCompilation = workload.NewFieldGenCompilation();
                GeneratorDriver fieldGen = workload.NewFieldGenDriver(trackSteps: true).RunGenerators(fieldGenCompilation);
                CheckOutput(size, "FieldGen", fieldGen, fieldGenCompilation, expectedSources: 1);

                GeneratorDriver unrelated = fieldGen.RunGenerators(fieldGenCompilation.ReplaceSyntaxTree(workload.UnrelatedTree, workload.UnrelatedTreeEdited));
                GeneratorRunResult afterUnrelated = unrelated.GetRunResult().Results.Single();
                Checks.Info("FieldGen after an unrelated edit: " + Describe(afterUnrelated));
                Checks.Expect(AllReused(afterUnrelated), $"{size,4} fields: FieldGen reuses every step and output after an unrelated .cs edit");

                GeneratorDriver edited = fieldGen.ReplaceAdditionalText(workload.Schema, workload.SchemaEdited).RunGenerators(fieldGenCompilation);
                Checks.Info("FieldGen after a one-field schema edit: " + Describe(edited.GetRunResult().Results.Single()));

                Compilation stjCompilation = workload.NewStjCompilation();
                GeneratorDriver stjDriver = workload.NewStjDriver(stj, trackSteps: true).RunGenerators(stjCompilation);
                CheckOutput(size, "System.Text.Json", stjDriver, stjCompilation, expectedSources: 0);
                GeneratorDriver stjUnrelated = stjDriver.RunGenerators(stjCompilation.ReplaceSyntaxTree(workload.UnrelatedTree, workload.UnrelatedTreeEdited));
                Checks.Info("System.Text.Json after an unrelated edit: " + Describe(stjUnrelated.GetRunResult().Results.Single()));
            }
        }

        private static void CheckOutput(int size, string name, GeneratorDriver driver, Compilation compilation, int expectedSources)
        {
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            ImmutableArray<GeneratedSourceResult> sources = result.GeneratedSources;
            long chars = sources.Sum(s => (long)s.SourceText.Length);
            Diagnostic[] generatorErrors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Diagnostic[] compileErrors = compilation.AddSyntaxTrees(sources.Select(s => s.SyntaxTree))
                .GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .ToArray();
            bool countOk = expectedSources == 0 ? sources.Length > 0 : sources.Length == expectedSources;
            Checks.Expect(countOk && generatorErrors.Length == 0 && compileErrors.Length == 0,
                $"{size,4} fields: {name} generates {sources.Length} file(s), {chars:N0} chars, that compile"
                + (compileErrors.Length + generatorErrors.Length == 0 ? string.Empty : ": " + string.Join("; ", generatorErrors.Concat(compileErrors).Take(3))));
        }

        private static bool AllReused(GeneratorRunResult result) =>
            result.TrackedSteps.Where(s => s.Key.StartsWith("FieldGen.", System.StringComparison.Ordinal)).SelectMany(s => s.Value).SelectMany(r => r.Outputs).All(o => Reused.Contains(o.Reason))
            && result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs).All(o => Reused.Contains(o.Reason));

        /// <summary>Each named step and output with its run reasons, e.g. <c>FieldGen.SchemaFiles: Cached</c>.</summary>
        private static string Describe(GeneratorRunResult result)
        {
            IEnumerable<string> steps = result.TrackedSteps
                .Where(s => !s.Key.StartsWith("Compilation", System.StringComparison.Ordinal) && !s.Key.StartsWith("AdditionalTexts", System.StringComparison.Ordinal))
                .OrderBy(s => s.Key, System.StringComparer.Ordinal)
                .Select(s => s.Key + ": " + Reasons(s.Value));
            IEnumerable<string> outputs = result.TrackedOutputSteps.Select(s => s.Key + ": " + Reasons(s.Value));
            return string.Join(", ", steps.Concat(outputs));
        }

        private static string Reasons(ImmutableArray<IncrementalGeneratorRunStep> runs) =>
            string.Join("/", runs.SelectMany(r => r.Outputs).Select(o => o.Reason.ToString()).Distinct());
    }
}
