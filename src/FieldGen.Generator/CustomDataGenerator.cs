using System.Collections.Immutable;
using System.Linq;
using System.Text;
using FieldGen.Diagnostics;
using FieldGen.Emit;
using FieldGen.Merging;
using FieldGen.Model;
using FieldGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen
{
    /// <summary>
    /// Generates typed custom-data classes from the project's FieldGen schema files:
    /// schema file -> <see cref="SchemaFileSpec"/> (parse, per file) -> <see cref="MergedSchema"/>
    /// (merge by target type and name) -> one source file per <see cref="CustomDataClassSpec"/>.
    /// Every step holds plain equatable values, so an unrelated edit reuses all of them.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CustomDataGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<SchemaInput> inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(pair => SchemaInput.IsSchema(pair.Right.GetOptions(pair.Left)))
                .Select((pair, _) => SchemaInput.Create(pair.Left, pair.Right.GetOptions(pair.Left)))
                .WithTrackingName(TrackingNames.SchemaInputs);

            IncrementalValuesProvider<SchemaFileSpec> files = inputs
                .Select((input, cancellationToken) => ParseFile(input, cancellationToken))
                .WithTrackingName(TrackingNames.SchemaFiles);

            IncrementalValueProvider<GlobalSettings> settings = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => (Namespace: GlobalSettings.ReadNamespace(options.GlobalOptions, out DiagnosticInfo? problem), Problem: problem))
                .Combine(context.ParseOptionsProvider.Select((options, _) => ((CSharpParseOptions)options).LanguageVersion))
                .Combine(context.CompilationProvider.Select((compilation, _) => compilation.GetTypeByMetadataName("FieldGen.CustomData") is not null))
                .Select((all, _) => new GlobalSettings(all.Left.Left.Namespace, all.Left.Left.Problem, all.Left.Right, all.Right))
                .WithTrackingName(TrackingNames.GlobalSettings);

            IncrementalValueProvider<MergedSchema> merged = files.Collect()
                .Combine(settings.Select((s, _) => s.DefaultNamespace))
                .Select((all, _) => SchemaMerger.Merge(all.Left, all.Right))
                .WithTrackingName(TrackingNames.MergedSchema);

            IncrementalValuesProvider<CustomDataClassSpec> classes = merged
                .SelectMany((schema, _) => schema.Classes)
                .WithTrackingName(TrackingNames.Classes);

            // Under FieldGenEmitSources=true the FieldGenEmitSources MSBuild task has written the same classes as real source.
            IncrementalValueProvider<bool> canEmit = settings
                .Combine(context.AnalyzerConfigOptionsProvider.Select((options, _) => GlobalSettings.ReadEmitSources(options.GlobalOptions)))
                .Select((pair, _) => pair.Left.CanEmit && !pair.Right);

            // FG1009 in default mode: a JsonSerializerContext reaching a class generated here (the STJ generator cannot see it).
            IncrementalValuesProvider<EquatableArray<JsonContextReach>> contextReaches = context.SyntaxProvider
                .ForAttributeWithMetadataName(JsonContextReach.SerializableAttribute, static (node, _) => node is ClassDeclarationSyntax, JsonContextReach.Find)
                .WithTrackingName(TrackingNames.JsonContexts);
            context.RegisterSourceOutput(contextReaches.Combine(classes.Select((c, _) => c.ClassName).Collect()).Combine(canEmit), static (spc, all) =>
            {
                if (!all.Right)
                {
                    return;
                }

                foreach (JsonContextReach reach in all.Left.Left.Where(r => all.Left.Right.Contains(r.TypeName)))
                {
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.JsonContextReachesGeneratedClass, reach.Location.ToLocation(), reach.ContextName, reach.TypeName, reach.Path));
                }
            });

            context.RegisterSourceOutput(files, static (spc, file) => spc.Report(file.Diagnostics));
            context.RegisterSourceOutput(merged, static (spc, schema) => spc.Report(schema.Diagnostics));
            context.RegisterSourceOutput(
                settings.Combine(files.Collect().Select((all, _) => all.Length > 0)),
                static (spc, pair) => ReportSettings(spc, pair.Left, hasSchemaFiles: pair.Right));
            context.RegisterSourceOutput(classes.Combine(canEmit), static (spc, pair) =>
            {
                if (pair.Right)
                {
                    spc.AddSource(pair.Left.HintName, SourceText.From(CustomDataClassEmitter.Emit(pair.Left), Encoding.UTF8));
                }
            });
        }

        private static SchemaFileSpec ParseFile(SchemaInput input, System.Threading.CancellationToken cancellationToken)
        {
            string path = input.File.Path;
            SourceText? text = input.File.GetText(cancellationToken);
            ImmutableArray<DiagnosticInfo>.Builder extra = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            extra.AddRange(input.OptionDiagnostics);
            SchemaFileSpec spec;
            if (text is null)
            {
                extra.Add(DiagnosticInfo.Create(DiagnosticIds.UnrecognizedSchemaForm, null, System.IO.Path.GetFileName(path), "the file could not be read", Parsing.Forms.SchemaForms.ExpectedText));
                spec = new SchemaFileSpec(path, SchemaFileParser.FormInvalid, input.Options, EquatableArray<CustomFieldSpec>.Empty, EquatableArray<DiagnosticInfo>.Empty);
            }
            else if (text.Encoding is Encoding encoding && !IsUnicode(encoding))
            {
                // The compiler falls back to a legacy code page when a file is not valid UTF-8.
                extra.Add(DiagnosticInfo.Create(DiagnosticIds.NotUtf8, null, System.IO.Path.GetFileName(path), encoding.WebName));
                spec = new SchemaFileSpec(path, SchemaFileParser.FormInvalid, input.Options, EquatableArray<CustomFieldSpec>.Empty, EquatableArray<DiagnosticInfo>.Empty);
            }
            else
            {
                spec = SchemaFileParser.Parse(path, text.ToString(), input.Options);
            }

            if (extra.Count == 0)
            {
                return spec;
            }

            extra.AddRange(spec.Diagnostics);
            return spec with { Diagnostics = new EquatableArray<DiagnosticInfo>(extra.ToArray()) };
        }

        private static bool IsUnicode(Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

        private static void ReportSettings(SourceProductionContext context, GlobalSettings settings, bool hasSchemaFiles)
        {
            if (!hasSchemaFiles)
            {
                return;
            }

            if (settings.NamespaceProblem is DiagnosticInfo namespaceProblem)
            {
                context.ReportDiagnostic(namespaceProblem.ToDiagnostic());
            }

            if (!settings.LanguageVersionSupported)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None, settings.LanguageVersion.ToDisplayString()));
            }

            if (!settings.RuntimeReferenced)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeNotReferenced, Location.None));
            }
        }
    }
}
