namespace FieldGen.Analyzers.Fixes
{
    /// <summary>
    /// One way to fix a diagnostic by replacing the flagged expression with <see cref="Code"/>. The
    /// analyzer knows the schema, so it writes the code; the code-fix assembly only applies it.
    /// </summary>
    /// <param name="Title">What the light bulb shows, e.g. <c>Use 'school'</c>.</param>
    /// <param name="Code">A C# expression; <c>global::</c> names are simplified when applied.</param>
    /// <param name="EquivalenceKey">The same for the same kind of fix on every diagnostic, so fix-all applies it everywhere.</param>
    internal readonly record struct Replacement(string Title, string Code, string EquivalenceKey);
}
