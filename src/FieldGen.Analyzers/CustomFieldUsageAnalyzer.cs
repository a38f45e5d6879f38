using System.Collections.Immutable;
using FieldGen.Analyzers.Checks;
using FieldGen.Analyzers.Mapping;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Sites;
using FieldGen.Analyzers.Symbols;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FieldGen.Analyzers
{
    /// <summary>
    /// Checks the custom-field keys and values that code passes as strings against the project's FieldGen
    /// schema files: keys given to <c>UnknownFields</c> and to members marked <c>[CustomFieldKey]</c> or mapped
    /// by name (the official SDK's <c>SetCustomDataDto</c>, a .globalconfig's entries), values marked
    /// <c>[CustomFieldValue]</c> or mapped, and literals used as an ENUM field's wire value (FG1001-FG1009). A project without schema files, or without the FieldGen runtime, costs one look
    /// at its additional files per compilation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CustomFieldUsageAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnknownKey,
            DiagnosticDescriptors.UnknownOption,
            DiagnosticDescriptors.ValueNotOfDataType,
            DiagnosticDescriptors.SchemaKeyInUnknownFields,
            DiagnosticDescriptors.MisspelledUnknownFieldsKey,
            DiagnosticDescriptors.ListedOptionAsUnlisted,
            DiagnosticDescriptors.UseKeyConstant,
            DiagnosticDescriptors.InvalidMemberMapping);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(Start);
        }

        private static void Start(CompilationStartAnalysisContext context)
        {
            if (SchemaCatalogCache.Get(context.Options, context.CancellationToken) is not SchemaCatalog catalog
                || catalog.IsEmpty
                || FieldGenSymbols.Resolve(context.Compilation, catalog) is not FieldGenSymbols symbols)
            {
                return;
            }

            var map = MemberMap.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            if (map.Problems.Count > 0)
            {
                context.RegisterCompilationEndAction(c =>
                {
                    foreach (string problem in map.Problems)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidMemberMapping, Location.None, MessageArguments.OneLine(problem)));
                    }
                });
            }

            var annotations = new AnnotationReader(symbols, map);
            var keys = new KeyCheck(catalog, symbols);
            var dictionaries = new DictionaryInitializerSite(annotations, keys);
            var arguments = new ArgumentSite(annotations, keys, dictionaries);
            var assignments = new PropertyAssignmentSite(annotations, keys, arguments, dictionaries);
            var unknownFields = new UnknownFieldsSite(symbols);
            var options = new OptionValueSite(symbols);

            context.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    arguments.Analyze(invocation.TargetMethod, invocation.Arguments, c.ReportDiagnostic);
                    unknownFields.AnalyzeInvocation(invocation, c.ReportDiagnostic);
                    options.AnalyzeUnlisted(invocation, c.ReportDiagnostic);
                },
                OperationKind.Invocation);
            context.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (creation.Constructor is IMethodSymbol constructor)
                    {
                        arguments.Analyze(constructor, creation.Arguments, c.ReportDiagnostic);
                    }
                },
                OperationKind.ObjectCreation);
            context.RegisterOperationAction(
                c =>
                {
                    // Every property access comes here; only an indexer can take a key.
                    var reference = (IPropertyReferenceOperation)c.Operation;
                    if (reference.Property.IsIndexer)
                    {
                        arguments.Analyze(reference.Property, reference.Arguments, c.ReportDiagnostic);
                        unknownFields.AnalyzeIndexer(reference, c.ReportDiagnostic);
                    }
                },
                OperationKind.PropertyReference);
            context.RegisterOperationAction(c => assignments.Analyze((ISimpleAssignmentOperation)c.Operation, c.ReportDiagnostic), OperationKind.SimpleAssignment);
            context.RegisterOperationAction(c => options.AnalyzeComparison((IBinaryOperation)c.Operation, c.ReportDiagnostic), OperationKind.Binary);
            context.RegisterOperationAction(c => options.AnalyzeConstantPattern((IConstantPatternOperation)c.Operation, c.ReportDiagnostic), OperationKind.ConstantPattern);
            context.RegisterOperationAction(c => options.AnalyzeCaseClause((ICaseClauseOperation)c.Operation, c.ReportDiagnostic), OperationKind.CaseClause);
        }
    }
}
