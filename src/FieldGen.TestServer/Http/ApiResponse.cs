using System.Text.Json.Nodes;
using FieldGen.Wire;

namespace FieldGen.TestServer;

/// <summary>
/// An answer before it is written: an envelope (or a garbage body) and its HTTP status. The envelope's
/// <c>message</c> is put in the caller's language when it is written (<see cref="InLanguage"/>), unless
/// <see cref="VerbatimMessage"/> (an injected envelope says exactly what the test gave it).
/// </summary>
internal sealed record ApiResponse(int HttpStatus, JsonObject? Envelope, string? RawBody, int? EnvelopeStatusCode, int? ApiCode)
{
    /// <summary>The <c>Retry-After</c> header to send, if any.</summary>
    public System.TimeSpan? RetryAfter { get; init; }

    private const string GarbageText = "<html><head><title>502 Bad Gateway</title></head><body>injected garbage</body></html>";

    /// <summary>The English detail of a failure, or null (a success, or a failure its summary says in full).</summary>
    public string? Detail { get; init; }

    public bool VerbatimMessage { get; init; }

    public static ApiResponse Success(JsonNode? data, string requestId, EnvelopeStyle style = EnvelopeStyle.V3)
    {
        var envelope = new JsonObject
        {
            [StatusName(style)] = GenAuthEnvelope.SuccessStatus,
            [GenAuthEnvelope.Message] = ServerMessages.Message(ServerMessages.Chinese, null, null),
            [GenAuthEnvelope.RequestId] = requestId,
            [GenAuthEnvelope.Data] = data,
        };
        return new ApiResponse(200, envelope, null, 200, null);
    }

    /// <summary>
    /// A failure envelope; V3 answers HTTP 200 for business and auth failures, so that is the default.
    /// The detail says what failed, in English (keys and values quoted); null when the apiCode's summary says it all.
    /// </summary>
    public static ApiResponse Failure(
        int statusCode, int apiCode, string? detail, string requestId, int httpStatus = 200, EnvelopeStyle style = EnvelopeStyle.V3)
    {
        var envelope = new JsonObject
        {
            [StatusName(style)] = statusCode,
            [GenAuthEnvelope.Message] = ServerMessages.Message(ServerMessages.Chinese, apiCode, detail),
            [GenAuthEnvelope.ApiCode] = apiCode,
            [GenAuthEnvelope.RequestId] = requestId,
        };
        return new ApiResponse(httpStatus, envelope, null, statusCode, apiCode) { Detail = detail };
    }

    public static ApiResponse Garbage(int httpStatus) => new(httpStatus, null, GarbageText, null, null);

    /// <summary>This answer with its message in <paramref name="language"/> (see <see cref="ServerMessages"/>).</summary>
    public ApiResponse InLanguage(string language)
    {
        if (Envelope is null || VerbatimMessage)
        {
            return this;
        }

        var envelope = (JsonObject)Envelope.DeepClone();
        envelope[GenAuthEnvelope.Message] = ServerMessages.Message(language, EnvelopeStatusCode == 200 ? null : ApiCode, Detail);
        return this with { Envelope = envelope };
    }

    private static string StatusName(EnvelopeStyle style) => style == EnvelopeStyle.V2 ? GenAuthEnvelope.V2Code : GenAuthEnvelope.StatusCode;
}
