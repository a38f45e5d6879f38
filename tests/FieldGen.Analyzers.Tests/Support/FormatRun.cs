using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen.Analyzers.Tests.Support
{
    /// <summary>
    /// Applies the FieldGen fixes the way `dotnet format analyzers --diagnostics ...` does (its
    /// SolutionCodeFixApplier): one ID at a time, after analyzing again; the fix-all's equivalence key is
    /// that of the first fix of the first diagnostic of the whole run, whatever its ID.
    /// </summary>
    internal static class FormatRun
    {
        private static readonly CodeFixProvider[] Providers = { new ReplaceExpressionCodeFixProvider(), new UseTypedPropertyCodeFixProvider() };

        /// <summary>The fixed source, the IDs no fix-all was returned for, and the compiler errors of the result.</summary>
        public static async Task<(string Fixed, IReadOnlyList<string> Unfixed, IReadOnlyList<Diagnostic> Errors)> RunAsync(
            string source, IReadOnlyList<string> ids, string firstId)
        {
            AnalyzerOptions options = TestAnalyzerOptions.Create((FieldGenTest<ReplaceExpressionCodeFixProvider>.SchemaPath, Schemas.UserAndRole, true));
            using var workspace = new AdhocWorkspace();
            Project project = workspace.AddProject("Consumer", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithMetadataReferences(References());
            Document document = project.AddDocument("Consumer.cs", SourceText.From(source));
            project = document.Project;
            foreach (SyntaxTree generated in await GeneratedAsync(project, options))
            {
                project = project.AddDocument(Path.GetFileName(generated.FilePath), await generated.GetTextAsync()).Project;
            }

            Solution solution = project.Solution;
            var unfixed = new List<string>();
            foreach (string id in ids)
            {
                ImmutableArray<Diagnostic> found = await AnalyzeAsync(solution.GetProject(project.Id)!, options, ids, firstId);
                CodeFixProvider? provider = Providers.SingleOrDefault(p => p.FixableDiagnosticIds.Contains(id));
                if (provider is null || !found.Any(d => d.Id == id))
                {
                    continue;
                }

                Diagnostic first = found[0];
                Document firstDocument = solution.GetDocument(first.Location.SourceTree)!;
                CodeAction? firstAction = null;
                await provider.RegisterCodeFixesAsync(new CodeFixContext(firstDocument, first, (action, _) => firstAction ??= action, CancellationToken.None));
                var context = new FixAllContext(firstDocument, provider, FixAllScope.Solution, firstAction?.EquivalenceKey!, new[] { id }, new FoundDiagnostics(found), CancellationToken.None);
                CodeAction? fixAll = provider.GetFixAllProvider() is FixAllProvider fixAllProvider ? await fixAllProvider.GetFixAsync(context) : null;
                if (fixAll is null)
                {
                    unfixed.Add(id);
                    continue;
                }

                ImmutableArray<CodeActionOperation> operations = await fixAll.GetOperationsAsync(CancellationToken.None);
                solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            }

            Document result = solution.GetDocument(document.Id)!;
            Compilation compilation = (await result.Project.GetCompilationAsync())!;
            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            return ((await result.GetTextAsync()).ToString(), unfixed, errors);
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, AnalyzerOptions options, IReadOnlyList<string> ids, string firstId)
        {
            Compilation compilation = (await project.GetCompilationAsync())!;
            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CustomFieldUsageAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync();
            return diagnostics
                .Where(d => ids.Contains(d.Id))
                .OrderBy(d => d.Id == firstId ? 0 : 1)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();
        }

        private static async Task<IEnumerable<SyntaxTree>> GeneratedAsync(Project project, AnalyzerOptions options)
        {
            Compilation compilation = (await project.GetCompilationAsync())!;
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new CustomDataGenerator().AsSourceGenerator() },
                options.AdditionalFiles,
                (CSharpParseOptions)project.ParseOptions!,
                options.AnalyzerConfigOptionsProvider);
            return driver.RunGenerators(compilation).GetRunResult().GeneratedTrees;
        }

        private static IEnumerable<MetadataReference> References()
        {
            string platform = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return platform.Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(UnknownCustomFields).Assembly.Location));
        }

        /// <summary>What `dotnet format` hands the fix-all: every diagnostic of the run, of every ID.</summary>
        private sealed class FoundDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public FoundDiagnostics(ImmutableArray<Diagnostic> diagnostics)
            {
                _diagnostics = diagnostics;
            }

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult(_diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
        }
    }
}
