using System;

namespace FieldGen.TestServer;

/// <summary>Thrown by an endpoint to answer with a failure envelope (HTTP 200, as V3 does); messages never hold credentials.</summary>
internal sealed class ApiFailureException : Exception
{
    /// <param name="statusCode">The envelope's statusCode.</param>
    /// <param name="apiCode">The envelope's apiCode.</param>
    /// <param name="detail">What failed, in English; null when the apiCode's summary says it all (see <see cref="ServerMessages"/>).</param>
    public ApiFailureException(int statusCode, int apiCode, string? detail)
        : base(detail)
    {
        Detail = detail;
        StatusCode = statusCode;
        ApiCode = apiCode;
    }

    public int StatusCode { get; }

    public int ApiCode { get; }

    public string? Detail { get; }

    public static ApiFailureException InvalidArgument(string message) => new(400, GenAuthApiCodes.InvalidArgument, message);
}
