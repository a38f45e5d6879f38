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

namespace FieldGen.CodeFixes
{
    /// <summary>
    /// Moves a schema key off <c>UnknownFields</c> onto its typed property (FG1004, and FG1005 for the one
    /// schema key a misspelling clearly means): <c>user.UnknownFields.Set("school", "pku");</c> becomes
    /// <c>user.SchoolValue = UserCustomData.School.Pku;</c> and <c>user.UnknownFields.ContainsKey("age")</c>
    /// becomes <c>user.Age != null</c>. Other uses (TryGetValue, the indexer) have no typed equivalent of the
    /// same shape; for them FG1005 offers only the corrected key.
    /// </summary>
    /// <remarks>
    /// FG1005 is fixed here, not by <see cref="ReplaceExpressionCodeFixProvider"/>: correcting the key alone
    /// would leave FG1004, and a one-pass `dotnet format` would then give a result that depends on the order it
    /// takes the IDs in.
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTypedPropertyCodeFixProvider))]
    [Shared]
    public sealed class UseTypedPropertyCodeFixProvider : FieldGenCodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.SchemaKeyInUnknownFields,
            DiagnosticIds.MisspelledUnknownFieldsKey);

        internal override IEnumerable<NodeFix> FixesOf(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key)
            {
                yield break;
            }

            if (TypedPropertyFix(key, diagnostic) is NodeFix typed)
            {
                yield return typed;
            }

            foreach (Replacement replacement in FixProperties.ReadReplacements(diagnostic.Properties))
            {
                yield return ReplaceExpressionCodeFixProvider.Replace(key, replacement);
            }
        }

        private static NodeFix? TypedPropertyFix(ExpressionSyntax key, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.TypedProperty, out string? property)
                || property is null
                || key.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } arguments }
                || call.Expression is not MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "UnknownFields" } bag } method)
            {
                return null;
            }

            ExpressionSyntax typedProperty = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, bag.Expression, (SimpleNameSyntax)SyntaxFactory.ParseExpression(property));
            ExpressionSyntax? rewritten = method.Name.Identifier.ValueText switch
            {
                "Set" => Assignment(typedProperty, call, arguments, diagnostic),
                "ContainsKey" => SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.BinaryExpression(SyntaxKind.NotEqualsExpression, typedProperty, SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression))),
                _ => null,
            };
            if (rewritten is null)
            {
                return null;
            }

            SyntaxNode replacement = rewritten
                .WithTriviaFrom(call)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            return new NodeFix("Use the typed property " + property, diagnostic.Id + ".TypedProperty", call, replacement);
        }

        /// <summary><c>owner.Property = value</c>, when the call is a statement of its own and the analyzer could write the value typed.</summary>
        private static ExpressionSyntax? Assignment(ExpressionSyntax typedProperty, InvocationExpressionSyntax call, ArgumentListSyntax arguments, Diagnostic diagnostic)
        {
            if (call.Parent is not ExpressionStatementSyntax
                || arguments.Arguments.Count != 2
                || !diagnostic.Properties.TryGetValue(FixProperties.TypedValue, out string? value)
                || value is null)
            {
                return null;
            }

            ExpressionSyntax typedValue = value == FixProperties.SameExpression ? arguments.Arguments[1].Expression : SyntaxFactory.ParseExpression(value);
            return SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, typedProperty, typedValue.WithoutTrivia());
        }
    }
}
