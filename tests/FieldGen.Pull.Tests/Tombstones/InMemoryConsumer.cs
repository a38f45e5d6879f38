using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using FieldGen.Pull.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen.Pull.Tests.Tombstones
{
    /// <summary>A consumer compiled in memory with the built generator over one schema file: its diagnostics, and a way to run it.</summary>
    internal sealed class InMemoryConsumer
    {
        private InMemoryConsumer(Compilation compilation, IReadOnlyList<Diagnostic> diagnostics)
        {
            Compilation = compilation;
            Diagnostics = diagnostics;
        }

        public Compilation Compilation { get; }

        /// <summary>Warnings and errors of the consumer's own code and the generated code.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public static InMemoryConsumer Build(string schemaPath, string source)
        {
            var generator = (IIncrementalGenerator)Activator.CreateInstance(
                Assembly.LoadFrom(RepositoryPaths.GeneratorAssembly).GetType("FieldGen.CustomDataGenerator", throwOnError: true)!)!;
            MetadataReference[] references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .Append(typeof(FieldGen.CustomData).Assembly.Location)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToArray();
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(source, parse, path: "Consumer.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                    // The .NET SDK suppresses these two by default (reference-version unification).
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { generator.AsSourceGenerator() },
                new[] { (AdditionalText)new FileText(schemaPath) },
                parse,
                new SchemaItemOptions(schemaPath));
            driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            List<Diagnostic> all = generatorDiagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            return new InMemoryConsumer(output, all);
        }

        public string Run(string typeName)
        {
            using var stream = new MemoryStream();
            if (!Compilation.Emit(stream).Success)
            {
                throw new InvalidOperationException("the consumer does not compile");
            }

            return (string)Assembly.Load(stream.ToArray()).GetType(typeName)!.GetMethod("Run")!.Invoke(null, null)!;
        }

        private sealed class FileText : AdditionalText
        {
            public FileText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
        }

        /// <summary>What FieldGen.targets passes: the file is a FieldGenSchema item, the project's namespace is Consumer.</summary>
        private sealed class SchemaItemOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
        {
            private readonly string _schemaPath;

            public SchemaItemOptions(string schemaPath) => _schemaPath = schemaPath;

            public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } =
                new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });

            public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

            public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
                new Options(textFile.Path == _schemaPath
                    ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FieldGenSchema"] = "true" }
                    : new Dictionary<string, string>());

            private sealed class Options : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> _values;

                public Options(Dictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
            }
        }
    }
}
