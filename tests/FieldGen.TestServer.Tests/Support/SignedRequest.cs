using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer.Tests;

/// <summary>
/// The test's own signer, written from the contract (and the Node SDK's rule for scalar values): every
/// property can be bent to produce the malformed requests the negative tests need.
/// </summary>
internal sealed class SignedRequest
{
    public SignedRequest(HttpMethod method, string path)
    {
        Method = method;
        Path = path;
    }

    public HttpMethod Method { get; }

    public string Path { get; }

    public List<KeyValuePair<string, string>> Query { get; } = new();

    public JsonObject? Body { get; set; }

    /// <summary>The body text to send instead of <see cref="Body"/> written as JSON.stringify would.</summary>
    public string? BodyText { get; set; }

    /// <summary>Signed texts of top-level body values that replace their JavaScript rendering (to sign raw text).</summary>
    public Dictionary<string, string> SignedBodyTexts { get; } = new();

    /// <summary>What JSON.stringify leaves unescaped for the values these tests send: non-ASCII, &lt;&gt;&amp;'+.</summary>
    private static readonly JsonSerializerOptions JavaScriptLike = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sent as an RFC 1123 <c>date</c> header; null sends none.</summary>
    public DateTimeOffset? Date { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Sent as <c>x-authing-date</c> epoch milliseconds instead of <c>date</c>, as the C# SDK does.</summary>
    public bool DateAsEpochMilliseconds { get; set; }

    public string? Nonce { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>Signs <c>path?</c> when there are no parameters, as Node does when every parameter is undefined.</summary>
    public bool SignEmptyParameterList { get; set; }

    /// <summary>Extra headers, signed when they are <c>x-authing-*</c>.</summary>
    public Dictionary<string, string> Headers { get; } = new();

    /// <summary>Headers sent but left out of the string to sign (to break the signature).</summary>
    public Dictionary<string, string> UnsignedHeaders { get; } = new();

    public static SignedRequest Get(string path, params (string Name, string Value)[] query)
    {
        var request = new SignedRequest(HttpMethod.Get, path);
        request.Query.AddRange(query.Select(q => KeyValuePair.Create(q.Name, q.Value)));
        return request;
    }

    public static SignedRequest Post(string path, JsonObject body) => new(HttpMethod.Post, path) { Body = body };

    public HttpRequestMessage Build(string accessKeyId, string secret)
    {
        var headers = new Dictionary<string, string>(Headers)
        {
            ["x-authing-signature-method"] = "HMAC-SHA1",
            ["x-authing-signature-version"] = "1.0",
            ["x-authing-sdk-version"] = "fieldgen-tests:1.0",
        };
        headers.TryAdd("x-authing-lang", "zh-CN");
        if (Nonce is not null)
        {
            headers["x-authing-signature-nonce"] = Nonce;
        }

        if (Date is { } date)
        {
            headers[DateAsEpochMilliseconds ? "x-authing-date" : "date"] = DateAsEpochMilliseconds
                ? date.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)
                : date.ToString("r", CultureInfo.InvariantCulture);
        }

        string signature = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(StringToSign(headers))));
        var message = new HttpRequestMessage(Method, Path + QueryString());
        if (Body is not null)
        {
            message.Content = new StringContent(BodyText ?? Body.ToJsonString(JavaScriptLike), Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers.Concat(UnsignedHeaders))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        message.Headers.TryAddWithoutValidation("authorization", $"authing {accessKeyId}:{signature}");
        return message;
    }

    public string StringToSign(IReadOnlyDictionary<string, string> headers)
    {
        var text = new StringBuilder(Method.Method).Append('\n');
        foreach (var (name, value) in headers.Where(h => h.Key == "date" || h.Key.StartsWith("x-authing-", StringComparison.Ordinal)).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(':').Append(value.Trim()).Append('\n');
        }

        text.Append(Path);
        var parameters = Method == HttpMethod.Get ? Query : Body?.Select(p => KeyValuePair.Create(p.Key, SignedBodyTexts.TryGetValue(p.Key, out string? raw) ? raw : ParameterText(p.Value))).ToList() ?? new();
        if (parameters.Count > 0 || SignEmptyParameterList)
        {
            text.Append('?').Append(string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        }

        return text.ToString();
    }

    /// <summary>A string bare, null as "null", anything else as its compact JSON text, unescaped as JSON.stringify writes it.</summary>
    private static string ParameterText(JsonNode? value) =>
        value is null ? "null"
        : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>()
        : value.ToJsonString(JavaScriptLike);

    private string QueryString() =>
        Query.Count == 0 ? "" : "?" + string.Join("&", Query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
}
