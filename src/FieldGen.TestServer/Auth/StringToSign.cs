using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FieldGen.TestServer;

/// <summary>
/// Builds the text a signed request's HMAC-SHA1 covers, the way authing-node-sdk 4.0.1 does it
/// (<c>dist/utils/buildSignature.js</c>): <c>METHOD\n</c>, the canonical headers, then the path and
/// the sorted parameters. Sorting is ordinal, as JavaScript's default <c>Array.prototype.sort</c>.
/// </summary>
internal static class StringToSign
{
    public static string Build(
        string method,
        IEnumerable<KeyValuePair<string, string>> headers,
        string path,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool markEmptyParameters = false)
    {
        var text = new StringBuilder();
        text.Append(method).Append('\n');
        foreach (var header in CanonicalHeaders(headers))
        {
            text.Append(header.Key).Append(':').Append(header.Value).Append('\n');
        }

        text.Append(path);
        if (parameters.Count > 0 || markEmptyParameters)
        {
            // The SDK adds "?" whenever its parameter object has keys, even if every value is undefined
            // and so skipped: that is the markEmptyParameters form.
            text.Append('?').Append(string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
        }

        return text.ToString();
    }

    /// <summary><c>date</c> and every <c>x-authing-*</c> header, lower-cased, sorted, value with tab/CR/LF/FF turned to spaces and trimmed.</summary>
    private static IEnumerable<KeyValuePair<string, string>> CanonicalHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers
            .Select(h => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), h.Value))
            .Where(h => h.Key == "date" || h.Key.StartsWith("x-authing-", StringComparison.Ordinal))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => new KeyValuePair<string, string>(h.Key, Clean(h.Value)));

    private static string Clean(string value) =>
        value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('\f', ' ').Trim();
}
