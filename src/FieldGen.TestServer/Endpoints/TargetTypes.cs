using System;

namespace FieldGen.TestServer;

/// <summary>The target types the endpoints accept (GROUP too, though some service versions refused it for get-custom-fields).</summary>
internal static class TargetTypes
{
    private static readonly string[] Known = { "USER", "ROLE", "GROUP", "DEPARTMENT" };

    public static string Require(string? value, string where) =>
        value is not null && Array.IndexOf(Known, value) >= 0
            ? value
            : throw ApiFailureException.InvalidArgument($"{where} must be one of {string.Join(", ", Known)}; got '{value}'");
}
