using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using FieldGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace FieldGen.Generator.Tests
{
    /// <summary>
    /// Seeded, reproducible mutation fuzzing of the example schemas: the generator never throws, and
    /// every run either reports an FG error or produces code that compiles without warnings.
    /// </summary>
    public class SchemaFuzzTests
    {
        private const int Seed = 4242;
        private const int Iterations = 10_000;

        private static readonly string[] Replacements =
        {
            "\"class\"", "\"1st\"", "\"学校\"", "\"🎓\"", "\"\"", "\"a-b\"", "\"A_B\"", "\"toJson\"", "\"keys\"", "null", "true", "0", "-1e999",
            "[]", "{}", "\"ENUM\"", "\"SELECT\"", "\"OBJECT\"", "\"NUMBER\"", "\"ROLE\"", "\"GROUP\"", "\"DEPARTMENT\"", "\"x\\u2028y\"",
            "\"[{\\\"value\\\":\\\"1\\\"}]\"", "[{\"value\":\"v\"},{\"value\":\"v\"}]", "\"\\\"quoted\\\"\"", "\"\\\\\"", "\"value__\"",
            "\"UserCustomData\"", "\"schoolValue\"",
        };

        private const string InsertAlphabet = "{}[]\",:\\ 0a\uFFFD\u0000\uD800";

        private readonly ITestOutputHelper _output;

        public SchemaFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Mutated_schemas_never_crash_the_generator_and_either_compile_or_report_an_FG_error()
        {
            string[] seeds =
            {
                Examples.Text("rich.get-custom-fields.json"),
                Examples.Text("v3-get-custom-fields.doc-sample.json"),
                Examples.Text("v2-udfs-search.doc-sample.json").Replace("\"isBase\": true", "\"isBase\": false"),
                System.IO.File.ReadAllText("Schemas/normalized-three-targets.json"),
            };
            var random = new Random(Seed);
            CSharpCompilation baseCompilation = GeneratorHarness.CreateCompilation(string.Empty);
            var compiled = new HashSet<string>(StringComparer.Ordinal);
            int fgErrors = 0, clean = 0;
            var stopwatch = Stopwatch.StartNew();
            for (int i = 0; i < Iterations; i++)
            {
                string input = Mutate(seeds[random.Next(seeds.Length)], random);
                GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new SchemaFile("/project/fuzz.json", input) })
                    .RunGeneratorsAndUpdateCompilation(baseCompilation, out Compilation output, out var diagnostics);
                GeneratorRunResult result = driver.GetRunResult().Results.Single();

                Assert.True(result.Exception is null, $"iteration {i} (seed {Seed}): the generator threw {result.Exception} for input:\n{input}");
                if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("FG", StringComparison.Ordinal)))
                {
                    fgErrors++;
                    continue;
                }

                Assert.DoesNotContain(diagnostics, d => !d.Id.StartsWith("FG", StringComparison.Ordinal));
                foreach (SyntaxTree tree in output.SyntaxTrees.Skip(1))
                {
                    // Identical generated files compile identically: check each distinct one once.
                    if (compiled.Add(tree.ToString()))
                    {
                        IEnumerable<Diagnostic> problems = output.GetSemanticModel(tree).GetDiagnostics().Concat(tree.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning);
                        Assert.True(!problems.Any(), $"iteration {i} (seed {Seed}): generated code does not compile: {string.Join("; ", problems)}\ninput:\n{input}");
                    }
                }

                clean++;
            }

            _output.WriteLine($"{Iterations} mutated schemas in {stopwatch.Elapsed.TotalSeconds:F1} s: {clean} generated clean code ({compiled.Count} distinct files compiled), {fgErrors} reported an FG error");
            Assert.True(clean > Iterations / 10 && fgErrors > Iterations / 10, $"the mutations are not varied enough: {clean} clean, {fgErrors} FG errors");
        }

        private static string Mutate(string seed, Random random)
        {
            var text = new StringBuilder(seed);
            int operations = 1 + random.Next(3);
            for (int op = 0; op < operations && text.Length > 0; op++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(5))
                {
                    case 0:
                        text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(6)));
                        break;
                    case 1:
                        text.Insert(at, InsertAlphabet[random.Next(InsertAlphabet.Length)]);
                        break;
                    case 2:
                        string copy = text.ToString(at, Math.Min(text.Length - at, 1 + random.Next(40)));
                        text.Insert(random.Next(text.Length), copy);
                        break;
                    default:
                        ReplaceAStringValue(text, random);
                        break;
                }
            }

            return text.ToString();
        }

        // Swaps one string literal for a hostile value: keeps the JSON valid so naming and emitting see it.
        private static void ReplaceAStringValue(StringBuilder text, Random random)
        {
            string s = text.ToString();
            var starts = new List<int>();
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '"' && (i == 0 || s[i - 1] != '\\'))
                {
                    starts.Add(i);
                }
            }

            if (starts.Count < 2)
            {
                return;
            }

            int pair = random.Next(starts.Count / 2) * 2;
            int start = starts[pair];
            int end = starts[pair + 1];
            text.Remove(start, end - start + 1);
            text.Insert(start, Replacements[random.Next(Replacements.Length)]);
        }
    }
}
