using FieldGen.Wire;

namespace FieldGen.TestServer;

/// <summary>A request's <c>targetType</c>, checked against the shared target-type table (GROUP too, though some service versions refused it for get-custom-fields).</summary>
internal static class TargetTypeArgument
{
    public static string Require(string? value, string where) =>
        TargetTypes.IsKnown(value)
            ? value!
            : throw ApiFailureException.InvalidArgument($"{where} must be one of {string.Join(", ", TargetTypes.WireNames)}; got '{value}'");
}
