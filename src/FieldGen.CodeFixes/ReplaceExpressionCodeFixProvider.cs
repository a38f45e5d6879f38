using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using FieldGen.Analyzers.Fixes;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen.CodeFixes
{
    /// <summary>
    /// Replaces a flagged key or option with what the analyzer suggests: the generated key constant
    /// (<c>"scool"</c> or <c>"school"</c> to <c>UserCustomData.Keys.School</c>), the nearest key or option
    /// (<c>"scool"</c> to <c>"school"</c>) or the listed option (<c>OptionValue&lt;School&gt;.Unlisted("pku")</c>
    /// to <c>new OptionValue&lt;School&gt;(UserCustomData.School.Pku, "pku")</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceExpressionCodeFixProvider))]
    [Shared]
    public sealed class ReplaceExpressionCodeFixProvider : FieldGenCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.UnknownKey,
            DiagnosticIds.UnknownOption,
            DiagnosticIds.ListedOptionAsUnlisted,
            DiagnosticIds.UseKeyConstant);

        internal override IEnumerable<NodeFix> FixesOf(SyntaxNode root, Diagnostic diagnostic)
        {
            // FG1006 flags the literal but replaces the whole Unlisted call, given as the additional location.
            TextSpan span = diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0].SourceSpan : diagnostic.Location.SourceSpan;
            if (!root.FullSpan.Contains(span) || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax flagged)
            {
                yield break;
            }

            foreach (Replacement replacement in FixProperties.ReadReplacements(diagnostic.Properties))
            {
                yield return Replace(flagged, replacement);
            }
        }

        /// <summary>The fix that puts <paramref name="replacement"/>'s code where <paramref name="flagged"/> is; shared with FG1005's fix.</summary>
        internal static NodeFix Replace(ExpressionSyntax flagged, Replacement replacement)
        {
            ExpressionSyntax code = SyntaxFactory.ParseExpression(replacement.Code)
                .WithTriviaFrom(flagged)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            return new NodeFix(replacement.Title, replacement.EquivalenceKey, flagged, code);
        }
    }
}
