namespace FieldGen.Model
{
    /// <summary>One member of a generated enum: C# name, wire value and label.</summary>
    internal readonly record struct EnumMemberSpec(string Name, string Value, string? Label);

    /// <summary>A field as it will be generated: every C# name already chosen and disambiguated.</summary>
    internal readonly record struct FieldMemberSpec(
        int Index,
        string Key,
        FieldDataType DataType,
        string WireDataType,
        string PropertyName,
        string KeyConstantName,
        string? EnumTypeName,
        EquatableArray<EnumMemberSpec> EnumMembers,
        string? Label,
        string? Description,
        EquatableArray<LocalizedLabel> Labels,
        bool IsUnique,
        bool IsEncrypted,
        string SourceFile);

    /// <summary>Everything the emitter needs for one generated class, e.g. <c>UserCustomData</c>.</summary>
    internal readonly record struct CustomDataClassSpec(
        string Namespace,
        string ClassName,
        string TargetType,
        string HintName,
        EquatableArray<FieldMemberSpec> Fields);
}
