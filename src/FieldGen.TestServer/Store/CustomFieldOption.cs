using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>One choice of an ENUM field: the stored <paramref name="Value"/> and its display <paramref name="Label"/>.</summary>
/// <param name="Value">The value stored as custom data.</param>
/// <param name="Label">The display name.</param>
public sealed record CustomFieldOption(string Value, string Label)
{
    /// <summary>The option's <c>i18n</c> object, e.g. <c>{"label":{"en-US":{"enabled":true,"value":"Peking University"}}}</c>; null when it has none.</summary>
    public JsonObject? I18n { get; init; }
}
