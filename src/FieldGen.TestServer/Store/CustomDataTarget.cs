namespace FieldGen.TestServer;

/// <summary>
/// The object whose custom data is read or written: what get-custom-data and set-custom-data address.
/// An empty <paramref name="Namespace"/> or <paramref name="TenantId"/> means the same as <see langword="null"/>.
/// </summary>
/// <param name="TargetType"><c>USER</c>, <c>ROLE</c>, <c>GROUP</c> or <c>DEPARTMENT</c>.</param>
/// <param name="TargetIdentifier">A user id, a role code, a group code or a department id.</param>
/// <param name="Namespace">The permission-space code that scopes a role (e.g. <c>default</c>).</param>
/// <param name="TenantId">The tenant, if any.</param>
public readonly record struct CustomDataTarget(string TargetType, string TargetIdentifier, string? Namespace = null, string? TenantId = null)
{
    internal CustomDataTarget Normalized() =>
        new(TargetType, TargetIdentifier, string.IsNullOrEmpty(Namespace) ? null : Namespace, string.IsNullOrEmpty(TenantId) ? null : TenantId);
}
