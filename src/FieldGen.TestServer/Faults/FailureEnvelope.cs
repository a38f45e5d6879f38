namespace FieldGen.TestServer;

/// <summary>A failure envelope to inject: <c>{ "statusCode", "apiCode", "message", "requestId" }</c>.</summary>
/// <param name="StatusCode">The body's <c>statusCode</c> (e.g. 429, 500, 503).</param>
/// <param name="ApiCode">The body's <c>apiCode</c>.</param>
/// <param name="Message">The body's <c>message</c>.</param>
public sealed record FailureEnvelope(int StatusCode, int ApiCode, string Message);
