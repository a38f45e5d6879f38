using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace FieldGen.TestServer;

/// <summary>
/// The parameters a signed request's signature covers: the decoded query for GET, the top-level
/// properties of the JSON body otherwise (the SDK signs <c>config.params</c> for GET, <c>config.data</c>
/// for everything else).
/// </summary>
internal static class SignatureParameters
{
    public static IReadOnlyList<KeyValuePair<string, string>> Of(IncomingRequest request)
    {
        if (string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return request.Query;
        }

        if (request.Body is not { ValueKind: JsonValueKind.Object } body)
        {
            return Array.Empty<KeyValuePair<string, string>>();
        }

        // A repeated property keeps its last value, as JSON.parse does.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            values[property.Name] = ValueText(property.Value);
        }

        return values.ToList();
    }

    /// <summary>
    /// How the SDK's template string renders a value: a string bare (no quotes, no escaping), a number
    /// or boolean as its JSON text, null as <c>null</c> (the SDK skips only undefined, which JSON never
    /// carries), an object or array as <c>JSON.stringify</c> text, which is the text the body carries.
    /// </summary>
    private static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}
