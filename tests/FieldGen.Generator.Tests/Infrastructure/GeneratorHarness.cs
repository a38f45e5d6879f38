using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen.Generator.Tests.Infrastructure
{
    /// <summary>A schema file as a test passes it: path, text, and the FieldGenSchema item metadata.</summary>
    internal sealed record SchemaFile(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null);

    /// <summary>What one generator run produced.</summary>
    internal sealed record GeneratorRun(
        GeneratorDriver Driver,
        Compilation OutputCompilation,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        GeneratorDriverRunResult Result)
    {
        public string Source(string hintNameSuffix) =>
            Result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(hintNameSuffix, System.StringComparison.Ordinal)).SourceText.ToString();

        public IEnumerable<Diagnostic> CompilationErrorsAndWarnings =>
            OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
    }

    /// <summary>Runs <see cref="CustomDataGenerator"/> the way the compiler does, on in-memory inputs.</summary>
    internal static class GeneratorHarness
    {
        public static CSharpCompilation CreateCompilation(
            string source,
            IReadOnlyList<MetadataReference>? references = null,
            LanguageVersion languageVersion = LanguageVersion.Latest)
        {
            var parseOptions = new CSharpParseOptions(languageVersion);
            return CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: "Consumer.cs") },
                references ?? ReferenceSets.Net10,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                    // The .NET SDK suppresses these two by default (reference-version unification).
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        }

        public static GeneratorDriver CreateDriver(IEnumerable<SchemaFile> files, string rootNamespace = "TestApp", LanguageVersion languageVersion = LanguageVersion.Latest) =>
            CreateDriver(files, new Dictionary<string, string> { ["RootNamespace"] = rootNamespace }, new CSharpParseOptions(languageVersion));

        /// <summary>A driver whose project has the MSBuild <paramref name="properties"/> (e.g. RootNamespace, FieldGenNamespace).</summary>
        public static GeneratorDriver CreateDriver(IEnumerable<SchemaFile> files, IReadOnlyDictionary<string, string> properties, CSharpParseOptions parseOptions)
        {
            List<(AdditionalText Text, IReadOnlyDictionary<string, string>? Metadata)> texts = files
                .Select(f => ((AdditionalText)new InMemoryAdditionalText(f.Path, f.Text), f.Metadata))
                .ToList();
            var options = new InMemoryOptionsProvider(
                properties.ToDictionary(p => "build_property." + p.Key, p => p.Value),
                texts.ToDictionary(t => t.Text.Path, t => SchemaMetadata(t.Metadata)));
            return CSharpGeneratorDriver.Create(
                new[] { new CustomDataGenerator().AsSourceGenerator() },
                texts.Select(t => t.Text),
                parseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        }

        public static GeneratorRun Run(
            IEnumerable<SchemaFile> files,
            string consumerSource = "",
            IReadOnlyList<MetadataReference>? references = null,
            LanguageVersion languageVersion = LanguageVersion.Latest,
            string rootNamespace = "TestApp")
        {
            CSharpCompilation compilation = CreateCompilation(consumerSource, references, languageVersion);
            GeneratorDriver driver = CreateDriver(files, rootNamespace, languageVersion)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return new GeneratorRun(driver, output, diagnostics, driver.GetRunResult());
        }

        public static GeneratorRun Run(params SchemaFile[] files) => Run((IEnumerable<SchemaFile>)files);

        /// <summary>
        /// Runs with MSBuild <paramref name="properties"/> and doc comments checked as GenerateDocumentationFile
        /// checks them (CS1570 and friends become warnings of the output compilation).
        /// </summary>
        public static GeneratorRun RunWithProperties(IEnumerable<SchemaFile> files, IReadOnlyDictionary<string, string> properties)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
            CSharpCompilation compilation = CreateCompilation(string.Empty).RemoveAllSyntaxTrees().AddSyntaxTrees(new[] { CSharpSyntaxTree.ParseText(string.Empty, parseOptions, path: "Consumer.cs") });
            GeneratorDriver driver = CreateDriver(files, properties, parseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return new GeneratorRun(driver, output, diagnostics, driver.GetRunResult());
        }

        /// <summary>Runs on a file whose decoded text the test controls (e.g. decoded with a legacy code page).</summary>
        public static GeneratorRun RunWithText(string path, SourceText text)
        {
            AdditionalText file = new InMemoryAdditionalText(path, text);
            var options = new InMemoryOptionsProvider(
                new Dictionary<string, string> { ["build_property.RootNamespace"] = "TestApp" },
                new Dictionary<string, Dictionary<string, string>> { [path] = SchemaMetadata(null) });
            CSharpCompilation compilation = CreateCompilation(string.Empty);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new CustomDataGenerator().AsSourceGenerator() }, new[] { file }, new CSharpParseOptions(), options)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return new GeneratorRun(driver, output, diagnostics, driver.GetRunResult());
        }

        private static Dictionary<string, string> SchemaMetadata(IReadOnlyDictionary<string, string>? metadata)
        {
            var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FieldGenSchema"] = "true" };
            foreach (KeyValuePair<string, string> entry in metadata ?? new Dictionary<string, string>())
            {
                values["build_metadata.AdditionalFiles.FieldGen" + entry.Key] = entry.Value;
            }

            return values;
        }

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryAdditionalText(string path, string text)
                : this(path, SourceText.From(text, System.Text.Encoding.UTF8))
            {
            }

            public InMemoryAdditionalText(string path, SourceText text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class InMemoryOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<string, Dictionary<string, string>> _perFile;

            public InMemoryOptionsProvider(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>> perFile)
            {
                GlobalOptions = new DictionaryOptions(global);
                _perFile = perFile;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new Dictionary<string, string>());

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
                new DictionaryOptions(_perFile.TryGetValue(textFile.Path, out Dictionary<string, string>? values) ? values : new Dictionary<string, string>());
        }

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public DictionaryOptions(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
