namespace FieldGen.Model
{
    /// <summary>Per-file settings from MSBuild item metadata on <c>FieldGenSchema</c>.</summary>
    internal readonly record struct SchemaFileOptions(
        string? Namespace,
        string? ClassName,
        bool IncludeBuiltInFields,
        EquatableArray<string> TargetTypes);

    /// <summary>What one schema file yields: its fields, or the diagnostics that explain why not.</summary>
    internal readonly record struct SchemaFileSpec(
        string FilePath,
        string Form,
        SchemaFileOptions Options,
        EquatableArray<CustomFieldSpec> Fields,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
