using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FieldGen.CodeFixes.FixAll
{
    /// <summary>
    /// Fix-all for the FieldGen fixes, in a document, project or solution. Roslyn's batch fixer keeps
    /// only the fixes whose equivalence key is that of the first diagnostic's first fix; `dotnet format`
    /// takes that first diagnostic from every ID of the run (FG1001's for FG1004's provider, or an FG1002
    /// with no suggestion), so the batch fixer found nothing. Here every diagnostic's fixes are derived
    /// again and one is chosen per diagnostic (<see cref="Choose"/>); a diagnostic without a fix is skipped.
    /// Its title and key are those of the context, so the IDE shows it as the fix the user picked.
    /// </summary>
    internal sealed class FieldGenFixAllProvider : FixAllProvider
    {
        private readonly FieldGenCodeFixProvider _provider;

        public FieldGenFixAllProvider(FieldGenCodeFixProvider provider)
        {
            _provider = provider;
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            CodeAction action = CodeAction.Create(
                "Fix all FieldGen diagnostics",
                cancellationToken => FixAsync(fixAllContext, cancellationToken),
                fixAllContext.CodeActionEquivalenceKey);
            return Task.FromResult<CodeAction?>(action);
        }

        /// <summary>
        /// The fix of one diagnostic. When the equivalence key is a fix of an ID being fixed (the IDE's
        /// "fix all 'Use UserCustomData.Keys.School'"), exactly that kind of fix, or none where the diagnostic
        /// does not offer it. When the key is of no ID being fixed (another ID's, or none: `dotnet format`
        /// fixing FG1004 with the key of the first diagnostic of its run), each diagnostic's best fix.
        /// </summary>
        internal static NodeFix? Choose(IReadOnlyList<NodeFix> fixes, string? equivalenceKey, ImmutableHashSet<string> idsBeingFixed)
        {
            int dot = equivalenceKey?.IndexOf('.') ?? -1;
            bool exact = dot > 0 && idsBeingFixed.Contains(equivalenceKey!.Substring(0, dot));
            return exact ? fixes.FirstOrDefault(f => f.EquivalenceKey == equivalenceKey) : fixes.FirstOrDefault();
        }

        private async Task<Solution> FixAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            Solution solution = context.Solution;
            foreach (KeyValuePair<Document, ImmutableArray<Diagnostic>> pair in await DiagnosticsByDocumentAsync(context).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Document document = pair.Key;
                SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    continue;
                }

                var edits = new Dictionary<SyntaxNode, SyntaxNode>();
                foreach (Diagnostic diagnostic in pair.Value.OrderBy(d => d.Location.SourceSpan.Start))
                {
                    if (Choose(_provider.FixesOf(root, diagnostic).ToArray(), context.CodeActionEquivalenceKey, context.DiagnosticIds) is NodeFix fix
                        && !edits.ContainsKey(fix.Target))
                    {
                        edits.Add(fix.Target, fix.Replacement);
                    }
                }

                // An edit inside another edit's node would be lost with it; the next run fixes it.
                SyntaxNode[] outermost = edits.Keys.Where(node => !node.Ancestors().Any(edits.ContainsKey)).ToArray();
                if (outermost.Length > 0)
                {
                    solution = solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNodes(outermost, (original, _) => edits[original]));
                }
            }

            return solution;
        }

        private async Task<Dictionary<Document, ImmutableArray<Diagnostic>>> DiagnosticsByDocumentAsync(FixAllContext context)
        {
            var byDocument = new Dictionary<Document, ImmutableArray<Diagnostic>>();
            IEnumerable<Project> projects = context.Scope switch
            {
                FixAllScope.Solution => context.Solution.Projects,
                _ => new[] { context.Project },
            };

            foreach (Project project in projects)
            {
                IEnumerable<Diagnostic> diagnostics = context.Scope == FixAllScope.Document && context.Document is Document only
                    ? await context.GetDocumentDiagnosticsAsync(only).ConfigureAwait(false)
                    : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                foreach (IGrouping<SyntaxTree?, Diagnostic> group in diagnostics
                    .Where(d => context.DiagnosticIds.Contains(d.Id) && _provider.FixableDiagnosticIds.Contains(d.Id))
                    .GroupBy(d => d.Location.SourceTree))
                {
                    if (group.Key is not null && project.GetDocument(group.Key) is Document document)
                    {
                        byDocument[document] = group.ToImmutableArray();
                    }
                }
            }

            return byDocument;
        }
    }
}
