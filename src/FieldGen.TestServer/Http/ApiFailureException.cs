using System;

namespace FieldGen.TestServer;

/// <summary>Thrown by an endpoint to answer with a failure envelope (HTTP 200, as V3 does); messages never hold credentials.</summary>
internal sealed class ApiFailureException : Exception
{
    public ApiFailureException(int statusCode, int apiCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ApiCode = apiCode;
    }

    public int StatusCode { get; }

    public int ApiCode { get; }

    public static ApiFailureException InvalidArgument(string message) => new(400, GenAuthApiCodes.InvalidArgument, message);
}
