using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>
/// One custom field definition, as get-custom-fields returns it (<c>CustomFieldDto</c>).
/// Seeding does not validate it, so tests can also seed shapes a real export may hold
/// (an unknown <see cref="DataType"/>, <c>SELECT</c>, an ENUM without options).
/// </summary>
public sealed record CustomField
{
    /// <summary><c>USER</c>, <c>ROLE</c>, <c>GROUP</c> or <c>DEPARTMENT</c>.</summary>
    public required string TargetType { get; init; }

    /// <summary>The field key, unique per target type (and tenant).</summary>
    public required string Key { get; init; }

    /// <summary><c>STRING</c>, <c>NUMBER</c>, <c>DATETIME</c>, <c>BOOLEAN</c>, <c>ENUM</c> (or the older <c>SELECT</c>), <c>OBJECT</c>, or anything else.</summary>
    public required string DataType { get; init; }

    /// <summary>The display name; the key when not given.</summary>
    public string? Label { get; init; }

    /// <summary>A longer description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether values are stored encrypted.</summary>
    public bool? Encrypted { get; init; }

    /// <summary>Whether values must be unique (not enforced by this server).</summary>
    public bool IsUnique { get; init; }

    /// <summary>Whether users may edit the value themselves.</summary>
    public bool? UserEditable { get; init; }

    /// <summary>Whether the admin console shows the field.</summary>
    public bool VisibleInAdminConsole { get; init; } = true;

    /// <summary>Whether the user center shows the field.</summary>
    public bool? VisibleInUserCenter { get; init; }

    /// <summary>The <c>i18n</c> object, e.g. <c>{"label":{"en-US":{"enabled":true,"value":"Age"}}}</c>.</summary>
    public JsonObject? I18n { get; init; }

    /// <summary>The choices of an ENUM (or SELECT) field.</summary>
    public IReadOnlyList<CustomFieldOption>? Options { get; init; }

    /// <summary>When the field was created; when null, seeding or set-custom-fields sets it to the server clock's now.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
