using System;

namespace FieldGen.TestServer;

/// <summary>
/// A fault the server injects into matching requests, before authentication. Set <see cref="Delay"/>
/// alone to slow requests down and then answer them normally; set <see cref="HttpStatusCode"/>,
/// <see cref="GarbageBody"/> or <see cref="Envelope"/> to replace the answer.
/// </summary>
public sealed class InjectedFault
{
    /// <summary>The endpoint path it applies to (e.g. <c>/api/v3/get-custom-data</c>, case-insensitive); <see langword="null"/> for every request.</summary>
    public string? Path { get; init; }

    /// <summary>How long to wait before answering.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>
    /// The HTTP status to answer with. Alone, the body is a failure envelope whose <c>statusCode</c> is
    /// this status and whose <c>apiCode</c> is <see cref="GenAuthApiCodes.InjectedFault"/>.
    /// </summary>
    public int? HttpStatusCode { get; init; }

    /// <summary>Answer with a body that is not JSON (an HTML error page), HTTP <see cref="HttpStatusCode"/> or 200.</summary>
    public bool GarbageBody { get; init; }

    /// <summary>Answer with this failure envelope, HTTP <see cref="HttpStatusCode"/> or 200 (as V3 does).</summary>
    public FailureEnvelope? Envelope { get; init; }

    /// <summary>A <c>Retry-After</c> header (whole seconds) on the replaced answer, as a throttling server sends with a 429.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>How many matching requests it applies to before it is used up; <see langword="null"/> for all of them.</summary>
    public int? Times { get; init; }

    internal bool ReplacesResponse => HttpStatusCode is not null || GarbageBody || Envelope is not null;

    internal void Validate()
    {
        if (Delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Delay), Delay, "Delay cannot be negative.");
        }

        if (HttpStatusCode is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(HttpStatusCode), HttpStatusCode, "An HTTP status is between 100 and 599.");
        }

        if (RetryAfter is { } retryAfter && retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryAfter), RetryAfter, "RetryAfter cannot be negative.");
        }

        if (Times is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Times), Times, "Times must be at least 1, or null for every request.");
        }
    }
}
