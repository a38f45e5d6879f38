using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using FieldGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>
    /// The generator must cost next to nothing on edits that do not touch a schema: every named step
    /// Cached or Unchanged, and no compiler object held in a cached value.
    /// </summary>
    public class CachingTests
    {
        private static readonly string[] StepNames =
        {
            TrackingNames.SchemaInputs, TrackingNames.SchemaFiles, TrackingNames.GlobalSettings, TrackingNames.MergedSchema, TrackingNames.Classes,
        };

        [Fact]
        public void Running_twice_leaves_every_step_cached_or_unchanged()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Examples.File("rich.get-custom-fields.json") });

            driver = driver.RunGenerators(compilation);
            driver = driver.RunGenerators(compilation.Clone());

            AssertAllCached(driver.GetRunResult().Results.Single());
        }

        [Fact]
        public void An_unrelated_cs_edit_leaves_the_schema_steps_cached()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Examples.File("rich.get-custom-fields.json") });
            driver = driver.RunGenerators(compilation);

            CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { public int X; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
            driver = driver.RunGenerators(edited);

            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            AssertAllCached(result);
            Assert.Equal(4, result.GeneratedSources.Length);
        }

        [Fact]
        public void A_schema_edit_regenerates_only_the_target_type_it_touched()
        {
            string original = Examples.Text("rich.get-custom-fields.json");
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(string.Empty);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new SchemaFile("/project/rich.json", original) });
            driver = driver.RunGenerators(compilation);
            AdditionalText before = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SchemaInputs]
                .Select(s => ((FieldGen.Parsing.SchemaInput)s.Outputs.Single().Value).File).Single();

            string edited = original.Replace("\"label\": \"Cost center\"", "\"label\": \"Cost centre\"");
            Assert.NotEqual(original, edited);
            driver = driver.ReplaceAdditionalText(before, new EditedText(before.Path, edited)).RunGenerators(compilation);

            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            Assert.Equal(4, result.GeneratedSources.Length);
            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            List<(object Value, IncrementalStepRunReason Reason)> classes = result.TrackedSteps[TrackingNames.Classes]
                .SelectMany(s => s.Outputs).ToList();
            Assert.Equal(4, classes.Count);
            var modified = classes.Where(c => c.Reason == IncrementalStepRunReason.Modified).Select(c => ((FieldGen.Model.CustomDataClassSpec)c.Value).ClassName).ToList();
            Assert.True(modified.SequenceEqual(new[] { "RoleCustomData" }), string.Join(", ", result.TrackedSteps.Select(t => t.Key + "=" + string.Join("/", t.Value.SelectMany(v => v.Outputs).Select(o => o.Reason)))) + string.Join(", ", classes.Select(c => ((FieldGen.Model.CustomDataClassSpec)c.Value).ClassName + ":" + c.Reason)));
            Assert.Equal(3, classes.Count(c => c.Reason == IncrementalStepRunReason.Unchanged));
        }

        [Fact]
        public void Cached_values_hold_no_compilation_symbol_syntax_or_location()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Examples.File("rich.get-custom-fields.json"), Examples.File("v3-get-custom-fields.doc-sample.json", new Dictionary<string, string> { ["Namespace"] = "Doc" }) });
            driver = driver.RunGenerators(compilation);

            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            foreach (string step in StepNames)
            {
                foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
                {
                    foreach ((object value, _) in run.Outputs)
                    {
                        AssertNoCompilerObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    }
                }
            }
        }

        private static void AssertAllCached(GeneratorRunResult result)
        {
            foreach (string step in StepNames)
            {
                Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
                foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
                {
                    foreach ((object _, IncrementalStepRunReason reason) in run.Outputs)
                    {
                        Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step} ran with reason {reason}");
                    }
                }
            }
        }

        private static void AssertNoCompilerObjects(object? value, string step, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            Type type = value.GetType();
            Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or Diagnostic, $"step {step} holds a {type.Name}");
            if (value is AdditionalText)
            {
                return; // the compiler's own input item: it is what the step is keyed on
            }

            if (value is IEnumerable items and not SourceText)
            {
                foreach (object? item in items)
                {
                    AssertNoCompilerObjects(item, step, seen);
                }
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertNoCompilerObjects(field.GetValue(value), step, seen);
            }
        }

        private sealed class EditedText : AdditionalText
        {
            private readonly SourceText _text;

            public EditedText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text, System.Text.Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
        }
    }
}
