using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace FieldGen.TestServer;

/// <summary>
/// The parameters a signed request's signature covers: the decoded query for GET, the top-level
/// properties of the JSON body otherwise (the SDK signs <c>config.params</c> for GET, <c>config.data</c>
/// for everything else), rebuilt from the parsed request with JavaScript semantics.
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

        // A repeated property keeps its last value, as JSON.parse does. Each value is what the server can
        // rebuild from the parsed body, never the text the body carries: a client that signs escaped raw
        // text ("\u5317") or a number as written (18.50) is refused, as in production.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            values[property.Name] = JavaScriptJson.TemplateText(property.Value);
        }

        return values.ToList();
    }
}
