using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace FieldGen.TestServer;

/// <summary>A request read once into memory: the endpoints, the signature check and the log all look at the same bytes.</summary>
internal sealed class IncomingRequest : IDisposable
{
    private readonly JsonDocument? _json;

    private IncomingRequest(
        string requestId, string method, string path, string queryString,
        IReadOnlyList<KeyValuePair<string, string>> query, IReadOnlyDictionary<string, string> headers,
        string? bodyText, JsonDocument? json)
    {
        RequestId = requestId;
        Method = method;
        Path = path;
        QueryString = queryString;
        Query = query;
        Headers = headers;
        BodyText = bodyText;
        _json = json;
    }

    public string RequestId { get; }

    public string Method { get; }

    public string Path { get; }

    public string QueryString { get; }

    /// <summary>Decoded query parameters in arrival order; a repeated name keeps its values joined by commas.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>Headers by lower-cased name.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public string? BodyText { get; }

    /// <summary>The body's root when the body is JSON; <see langword="null"/> when it is empty or not JSON.</summary>
    public JsonElement? Body => _json?.RootElement;

    public bool HasBody => !string.IsNullOrEmpty(BodyText);

    public static async Task<IncomingRequest> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        string text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key.ToLowerInvariant()] = header.Value.ToString();
        }

        var query = request.Query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString())).ToList();
        return new IncomingRequest(
            Guid.NewGuid().ToString(), request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? "",
            query, headers, text.Length == 0 ? null : text, TryParse(text));
    }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryValue(string name) => Query.FirstOrDefault(q => q.Key == name).Value;

    /// <summary>
    /// The tenant of a call: its own <c>tenantId</c> argument, else the tenant header an SDK sends
    /// (<c>x-authing-app-id</c> Node, <c>x-authing-app-tenant-id</c> Go, <c>x-authing-tenant-id</c> Java).
    /// </summary>
    public string? Tenant(string? argument) =>
        new[] { argument, Header("x-authing-app-id"), Header("x-authing-app-tenant-id"), Header("x-authing-tenant-id") }
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();

    public void Dispose() => _json?.Dispose();

    private static JsonDocument? TryParse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
