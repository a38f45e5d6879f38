using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace FieldGen.Authentication
{
    /// <summary>
    /// Signs a GenAuth management request with an access key (HMAC-SHA1), as the official Node.js SDK
    /// 4.x and C# SDK 3.x do, so no token exists that could be cached or leaked. This file is compiled
    /// into both FieldGen.Management (task, CLI) and FieldGen.Client: one copy of the rule.
    /// </summary>
    /// <remarks>
    /// stringToSign = METHOD "\n", then every <c>date</c> / <c>x-authing-*</c> header lower-cased and
    /// sorted as <c>name:value\n</c>, then the path and, with parameters, <c>?</c> and
    /// <c>name=value</c> sorted by name and joined by <c>&amp;</c> (values raw, not URL-encoded).
    /// </remarks>
    internal static class GenAuthRequestSigner
    {
        public const string AuthorizationHeader = "authorization";

        /// <summary>The <c>x-authing-lang</c> the Node.js SDK sends unless told otherwise.</summary>
        public const string DefaultLanguage = "zh-CN";

        /// <summary>The media type node sends as <c>accept</c>, and as <c>content-type</c> of a body (no charset).</summary>
        public const string JsonMediaType = "application/json";

        /// <summary>
        /// The headers authing-node-sdk sends with every request besides the signature ones (its
        /// <c>DEFAULT_HEADERS</c> and <c>ManagementHttpClient.request</c>): <c>accept</c>,
        /// <c>x-authing-sdk-version</c>, <c>x-authing-lang</c> and, when a tenant is set, <c>x-authing-app-id</c>.
        /// </summary>
        /// <param name="sdkVersion">Who is calling, e.g. <c>fieldgen:0.1.0</c>.</param>
        /// <param name="language"><c>x-authing-lang</c>; <see cref="DefaultLanguage"/> when empty.</param>
        /// <param name="tenantId">The tenant, or null.</param>
        public static List<KeyValuePair<string, string>> SdkHeaders(string sdkVersion, string? language, string? tenantId)
        {
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("accept", JsonMediaType),
                new KeyValuePair<string, string>("x-authing-sdk-version", sdkVersion),
                new KeyValuePair<string, string>("x-authing-lang", string.IsNullOrWhiteSpace(language) ? DefaultLanguage : language!.Trim()),
            };
            if (!string.IsNullOrWhiteSpace(tenantId))
            {
                headers.Add(new KeyValuePair<string, string>("x-authing-app-id", tenantId!.Trim()));
            }

            return headers;
        }

        /// <summary>
        /// The headers to send with a request: <c>date</c>, the signature headers, the
        /// <paramref name="extraHeaders"/> (e.g. <c>x-authing-lang</c>), and <c>authorization</c>.
        /// </summary>
        /// <param name="method">GET or POST.</param>
        /// <param name="path">
        /// The API path, e.g. <c>/api/v3/get-custom-fields</c>: what node signs (its URL pattern), without the
        /// host's own path prefix, so a host behind a gateway path (<c>https://gw.example/genauth</c>) verifies as node's does.
        /// </param>
        /// <param name="parameters">GET: the query parameters, decoded; POST: the body's top-level properties rendered as JavaScript renders them (a string bare, a number as JavaScript prints it, <c>true</c>/<c>false</c>/<c>null</c>, an object or array as <c>JSON.stringify</c> writes it), from a body whose text equals <c>JSON.stringify(JSON.parse(body))</c>. The caller renders them (FieldGen.Runtime's <c>SetCustomDataRequest.SignedParameters</c>); this signer takes them as they are.</param>
        /// <param name="extraHeaders">Other headers to send and sign; any named <c>x-authing-*</c> is signed.</param>
        /// <param name="accessKeyId">The access key id (sent in <c>authorization</c>).</param>
        /// <param name="accessKeySecret">The secret (never sent, only used as the HMAC key).</param>
        /// <param name="now">The request time.</param>
        public static List<KeyValuePair<string, string>> CreateHeaders(
            string method,
            string path,
            IEnumerable<KeyValuePair<string, string>> parameters,
            IEnumerable<KeyValuePair<string, string>> extraHeaders,
            string accessKeyId,
            string accessKeySecret,
            DateTimeOffset now)
        {
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("date", now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string>("x-authing-signature-method", "HMAC-SHA1"),
                new KeyValuePair<string, string>("x-authing-signature-version", "1.0"),
                new KeyValuePair<string, string>("x-authing-signature-nonce", NewNonce()),
            };
            headers.AddRange(extraHeaders);
            string stringToSign = BuildStringToSign(method, headers, path, parameters.ToList());
            headers.Add(new KeyValuePair<string, string>(AuthorizationHeader, "authing " + accessKeyId + ":" + Sign(accessKeySecret, stringToSign)));
            return headers;
        }

        /// <summary>The text the HMAC covers.</summary>
        public static string BuildStringToSign(
            string method,
            IEnumerable<KeyValuePair<string, string>> headers,
            string path,
            IReadOnlyCollection<KeyValuePair<string, string>> parameters)
        {
            var text = new StringBuilder();
            text.Append(method.ToUpperInvariant()).Append('\n');
            IEnumerable<KeyValuePair<string, string>> signed = headers
                .Select(h => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), Clean(h.Value)))
                .Where(h => h.Key == "date" || h.Key.StartsWith("x-authing-", StringComparison.Ordinal))
                .OrderBy(h => h.Key, StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> header in signed)
            {
                text.Append(header.Key).Append(':').Append(header.Value).Append('\n');
            }

            text.Append(path);
            if (parameters.Count > 0)
            {
                // Ordinal, like JavaScript's default sort in the Node.js SDK.
                text.Append('?').Append(string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
            }

            return text.ToString();
        }

        private static string Sign(string secret, string stringToSign)
        {
            using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        }

        private static string NewNonce()
        {
            byte[] bytes = new byte[16];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(bytes);
            }

            var hex = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        private static string Clean(string value) =>
            value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('\f', ' ').Trim();
    }
}
