namespace FieldGen.Model
{
    /// <summary>
    /// Where something stands in a schema file (0-based lines and columns). A plain value, so models
    /// stay cacheable; the Roslyn Location is built only when a diagnostic is reported.
    /// </summary>
    internal readonly record struct SchemaLocation(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>"fields.json(12,5)", as compilers print positions (1-based).</summary>
        public string Display => $"{System.IO.Path.GetFileName(FilePath)}({StartLine + 1},{StartColumn + 1})";
    }
}
