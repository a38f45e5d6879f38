using System.Collections.Generic;
using System.Threading.Tasks;
using FieldGen.CodeFixes.FixAll;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FieldGen.CodeFixes
{
    /// <summary>
    /// A FieldGen code fix: each subclass says, for one diagnostic, which <see cref="NodeFix"/>es it
    /// offers (best first). The light bulb registers each; fix-all (<see cref="FieldGenFixAllProvider"/>)
    /// asks again for every diagnostic, so it never depends on which diagnostic came first.
    /// </summary>
    public abstract class FieldGenCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => new FieldGenFixAllProvider(this);

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                foreach (NodeFix fix in FixesOf(root, diagnostic))
                {
                    Document document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(fix.Title, _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(fix.Target, fix.Replacement))), fix.EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>The fixes of <paramref name="diagnostic"/> in the document whose root is <paramref name="root"/>, best first; none when it has no fix.</summary>
        internal abstract IEnumerable<NodeFix> FixesOf(SyntaxNode root, Diagnostic diagnostic);
    }
}
