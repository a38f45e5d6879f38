namespace FieldGen.Model
{
    /// <summary>
    /// One choice of an ENUM field: its wire value, display label and localized labels;
    /// <paramref name="RemovedAt"/> is the UTC date (yyyy-MM-dd) of a tombstone, or null.
    /// </summary>
    internal readonly record struct CustomFieldOptionSpec(string Value, string? Label, EquatableArray<LocalizedLabel> Labels, string? RemovedAt, SchemaLocation Location);

    /// <summary>A display label in one language (from the field's i18n).</summary>
    internal readonly record struct LocalizedLabel(string Language, string Value);

    /// <summary>
    /// A custom field as the schema file defines it, before any C# naming. <paramref name="RemovedAt"/>
    /// is the UTC date (yyyy-MM-dd) a pull found it gone from the tenant (a tombstone), or null.
    /// </summary>
    internal readonly record struct CustomFieldSpec(
        string TargetType,
        string Key,
        FieldDataType DataType,
        string WireDataType,
        string? Label,
        string? Description,
        EquatableArray<LocalizedLabel> Labels,
        bool IsUnique,
        bool IsEncrypted,
        bool IsUserEditable,
        bool IsVisibleInUserCenter,
        bool IsVisibleInAdminConsole,
        string? RemovedAt,
        bool IsBuiltIn,
        EquatableArray<CustomFieldOptionSpec> Options,
        SchemaLocation Location);
}
