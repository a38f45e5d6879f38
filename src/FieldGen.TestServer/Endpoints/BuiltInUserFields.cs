using System.Collections.Generic;

namespace FieldGen.TestServer;

/// <summary>Some of the built-in user fields V2 udfs/search lists with <c>isBase: true</c> (they are profile fields, not custom data).</summary>
internal static class BuiltInUserFields
{
    public static readonly IReadOnlyList<(string Key, string Label, string Description, bool Visible)> All = new[]
    {
        ("name", "姓名", "OIDC 标准字段", true),
        ("username", "用户名", "用户名,用户池内唯一,区分大小写", true),
        ("nickname", "昵称", "用户昵称,该字段不具备唯一性。", true),
        ("givenName", "Given Name", "OIDC 标准字段", false),
        ("familyName", "Family Name", "OIDC 标准字段", false),
        ("middleName", "Middle Name", "OIDC 标准字段", false),
        ("preferredUsername", "Preferred Username", "OIDC 标准字段", false),
    };
}
