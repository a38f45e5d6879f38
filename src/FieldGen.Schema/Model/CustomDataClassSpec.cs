namespace FieldGen.Model
{
    /// <summary>One member of a generated enum: C# name, wire value, labels and tombstone date.</summary>
    internal readonly record struct EnumMemberSpec(string Name, string Value, string? Label, EquatableArray<LocalizedLabel> Labels, string? RemovedAt);

    /// <summary>A field as it will be generated: every C# name already chosen and disambiguated.</summary>
    internal readonly record struct FieldMemberSpec(
        int Index,
        string Key,
        FieldDataType DataType,
        string WireDataType,
        string PropertyName,
        string KeyConstantName,
        string MetadataName,
        string? EnumTypeName,
        EquatableArray<EnumMemberSpec> EnumMembers,
        string? Label,
        string? Description,
        EquatableArray<LocalizedLabel> Labels,
        bool IsUnique,
        bool IsEncrypted,
        bool IsUserEditable,
        bool IsVisibleInUserCenter,
        bool IsVisibleInAdminConsole,
        string? RemovedAt,
        string SourceFile);

    /// <summary>Everything the emitter needs for one generated class, e.g. <c>UserCustomData</c>.</summary>
    internal readonly record struct CustomDataClassSpec(
        string Namespace,
        string ClassName,
        string TargetType,
        string HintName,
        EquatableArray<FieldMemberSpec> Fields)
    {
        /// <summary>True when a field or option is a tombstone, so the file uses obsolete members itself.</summary>
        public bool HasTombstones => System.Linq.Enumerable.Any(Fields, f => f.RemovedAt is not null || System.Linq.Enumerable.Any(f.EnumMembers, m => m.RemovedAt is not null));
    }
}
