using Microsoft.CodeAnalysis;

namespace FieldGen.CodeFixes
{
    /// <summary>
    /// One fix of one diagnostic as a syntax edit: <see cref="Target"/> (a node of the document's
    /// current root) becomes <see cref="Replacement"/>. A fix is an edit rather than a callback so
    /// that fix-all can gather every diagnostic's edit and apply them to a document at once.
    /// </summary>
    /// <param name="Title">What the light bulb shows.</param>
    /// <param name="EquivalenceKey">The same for the same kind of fix on every diagnostic (<c>FG1001.Suggestion0</c>).</param>
    /// <param name="Target">The node replaced.</param>
    /// <param name="Replacement">The node put in its place, annotated for simplification and formatting.</param>
    internal sealed record NodeFix(string Title, string EquivalenceKey, SyntaxNode Target, SyntaxNode Replacement);
}
