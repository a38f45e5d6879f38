namespace FieldGen.Analyzers.Mapping
{
    /// <summary>
    /// A third-party property that holds a custom-field key or value, named by metadata name instead of
    /// an attribute (the analyzers cannot annotate code they do not own).
    /// </summary>
    /// <param name="KeyTarget">For a key property: USER..., <see cref="KeyTargets.Any"/> or a <see cref="KeyTargets.FromEnclosingMember"/> target; null for a value property.</param>
    /// <param name="ValueKeyMember">For a value property: the name of the key property beside it in the same type; null for a key property.</param>
    internal sealed record MappedMember(string? KeyTarget, string? ValueKeyMember);
}
