using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Analyzers.Fixes;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen.CodeFixes
{
    /// <summary>
    /// Replaces a flagged key or option with what the analyzer suggests: the nearest key or option
    /// (<c>"scool"</c> to <c>"school"</c>), the generated key constant (<c>"school"</c> to
    /// <c>UserCustomData.Keys.School</c>) or the listed option (<c>OptionValue&lt;School&gt;.Unlisted("pku")</c>
    /// to <c>UserCustomData.School.Pku</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceExpressionCodeFixProvider))]
    [Shared]
    public sealed class ReplaceExpressionCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.UnknownKey,
            DiagnosticIds.UnknownOption,
            DiagnosticIds.MisspelledUnknownFieldsKey,
            DiagnosticIds.ListedOptionAsUnlisted,
            DiagnosticIds.UseKeyConstant);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                // FG1006 flags the literal but replaces the whole Unlisted call, given as the additional location.
                TextSpan span = diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0].SourceSpan : diagnostic.Location.SourceSpan;
                if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax flagged)
                {
                    continue;
                }

                foreach (Replacement replacement in FixProperties.ReadReplacements(diagnostic.Properties))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(replacement.Title, cancellationToken => ReplaceAsync(context.Document, flagged, replacement.Code, cancellationToken), replacement.EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax flagged, string code, CancellationToken cancellationToken)
        {
            SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            ExpressionSyntax replacement = SyntaxFactory.ParseExpression(code)
                .WithTriviaFrom(flagged)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(flagged, replacement));
        }
    }
}
