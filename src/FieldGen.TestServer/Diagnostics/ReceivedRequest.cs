using System.Collections.Generic;

namespace FieldGen.TestServer;

/// <summary>
/// One request the server answered, as logged. Secrets never appear: the <c>authorization</c> header
/// keeps only its scheme and access key id, any occurrence of the access key secret is masked, and the
/// body of get-management-token (which carries the secret) is not kept.
/// </summary>
/// <param name="RequestId">The <c>requestId</c> of the answer's envelope.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, e.g. <c>/api/v3/get-custom-data</c>.</param>
/// <param name="QueryString">The query string as received, with its <c>?</c>, or empty.</param>
/// <param name="Headers">The headers, names lower-cased, values redacted as described.</param>
/// <param name="Body">The body text, or <see langword="null"/> when there was none or it was get-management-token's.</param>
/// <param name="AuthScheme">How the request tried to authenticate.</param>
/// <param name="Authenticated">Whether authentication succeeded (false for get-management-token and for requests a fault answered).</param>
/// <param name="HttpStatusCode">The HTTP status of the answer.</param>
/// <param name="EnvelopeStatusCode">The answer's <c>statusCode</c> (or V2 <c>code</c>), or <see langword="null"/> for a non-JSON answer.</param>
/// <param name="ApiCode">The answer's <c>apiCode</c>, if any.</param>
/// <param name="FaultInjected">Whether an <see cref="InjectedFault"/> applied to the request.</param>
public sealed record ReceivedRequest(
    string RequestId,
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    AuthScheme AuthScheme,
    bool Authenticated,
    int HttpStatusCode,
    int? EnvelopeStatusCode,
    int? ApiCode,
    bool FaultInjected);
