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

namespace FieldGen.CodeFixes
{
    /// <summary>
    /// Moves a schema key off <c>UnknownFields</c> onto its typed property (FG1004):
    /// <c>user.UnknownFields.Set("school", "pku");</c> becomes <c>user.SchoolValue = UserCustomData.School.Pku;</c>
    /// and <c>user.UnknownFields.ContainsKey("age")</c> becomes <c>user.Age != null</c>. Other uses (TryGetValue,
    /// the indexer) have no typed equivalent of the same shape and are left to the developer.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTypedPropertyCodeFixProvider))]
    [Shared]
    public sealed class UseTypedPropertyCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SchemaKeyInUnknownFields);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key
                    || !diagnostic.Properties.TryGetValue(FixProperties.TypedProperty, out string? property)
                    || property is null
                    || key.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } arguments }
                    || call.Expression is not MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "UnknownFields" } bag } method)
                {
                    continue;
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
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create("Use the typed property " + property, cancellationToken => ReplaceAsync(context.Document, call, rewritten, cancellationToken), DiagnosticIds.SchemaKeyInUnknownFields + ".TypedProperty"),
                    diagnostic);
            }
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

        private static async Task<Document> ReplaceAsync(Document document, InvocationExpressionSyntax call, ExpressionSyntax rewritten, CancellationToken cancellationToken)
        {
            SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            ExpressionSyntax replacement = rewritten
                .WithTriviaFrom(call)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(call, replacement));
        }
    }
}
