using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>An answer before it is written: an envelope (or a garbage body) and its HTTP status.</summary>
internal sealed record ApiResponse(int HttpStatus, JsonObject? Envelope, string? RawBody, int? EnvelopeStatusCode, int? ApiCode)
{
    /// <summary>The <c>Retry-After</c> header to send, if any.</summary>
    public System.TimeSpan? RetryAfter { get; init; }

    private const string GarbageText = "<html><head><title>502 Bad Gateway</title></head><body>injected garbage</body></html>";

    public static ApiResponse Success(JsonNode? data, string requestId, EnvelopeStyle style = EnvelopeStyle.V3)
    {
        var envelope = new JsonObject
        {
            [StatusName(style)] = 200,
            ["message"] = "Operation successful",
            ["requestId"] = requestId,
            ["data"] = data,
        };
        return new ApiResponse(200, envelope, null, 200, null);
    }

    /// <summary>A failure envelope; V3 answers HTTP 200 for most failures, so that is the default.</summary>
    public static ApiResponse Failure(
        int statusCode, int apiCode, string message, string requestId, int httpStatus = 200, EnvelopeStyle style = EnvelopeStyle.V3)
    {
        var envelope = new JsonObject
        {
            [StatusName(style)] = statusCode,
            ["message"] = message,
            ["apiCode"] = apiCode,
            ["requestId"] = requestId,
        };
        return new ApiResponse(httpStatus, envelope, null, statusCode, apiCode);
    }

    public static ApiResponse Garbage(int httpStatus) => new(httpStatus, null, GarbageText, null, null);

    private static string StatusName(EnvelopeStyle style) => style == EnvelopeStyle.V2 ? "code" : "statusCode";
}
