using System;
using Microsoft.Extensions.Logging;

namespace FieldGen.Client
{
    /// <summary>The log events, one method each; arguments are never secrets (texts from the server are redacted first).</summary>
    internal static partial class GenAuthLog
    {
        [LoggerMessage(EventId = GenAuthEventIds.Call, EventName = "GenAuthCall", Level = LogLevel.Information,
            Message = "GenAuth {Call} answered HTTP {HttpStatus}, statusCode {StatusCode}, requestId {RequestId}, in {ElapsedMs} ms")]
        public static partial void Call(ILogger logger, string call, int httpStatus, int? statusCode, string? requestId, long elapsedMs);

        [LoggerMessage(EventId = GenAuthEventIds.CallFailed, EventName = "GenAuthCallFailed", Level = LogLevel.Warning,
            Message = "GenAuth {Call} failed: HTTP {HttpStatus}, statusCode {StatusCode}, apiCode {ApiCode}, requestId {RequestId}: {ApiMessage}")]
        public static partial void CallFailed(ILogger logger, string call, int httpStatus, int? statusCode, int? apiCode, string? requestId, string? apiMessage);

        [LoggerMessage(EventId = GenAuthEventIds.CallError, EventName = "GenAuthCallError", Level = LogLevel.Warning,
            Message = "GenAuth {Call} failed without an answer after {ElapsedMs} ms: {ErrorType}: {ErrorMessage}")]
        public static partial void CallError(ILogger logger, string call, long elapsedMs, string errorType, string errorMessage);

        [LoggerMessage(EventId = GenAuthEventIds.Retry, EventName = "GenAuthRetry", Level = LogLevel.Warning,
            Message = "GenAuth {Call} attempt {Attempt} failed ({Outcome}, apiCode {ApiCode}, requestId {RequestId}); retrying in {DelayMs} ms")]
        public static partial void Retry(ILogger logger, string call, int attempt, string outcome, int? apiCode, string? requestId, long delayMs);

        [LoggerMessage(EventId = GenAuthEventIds.CircuitOpened, EventName = "GenAuthCircuitOpened", Level = LogLevel.Error,
            Message = "GenAuth calls fail fast for {BreakSeconds} s: too many failed ({Outcome})")]
        public static partial void CircuitOpened(ILogger logger, double breakSeconds, string outcome);

        [LoggerMessage(EventId = GenAuthEventIds.TokenFetched, EventName = "GenAuthTokenFetched", Level = LogLevel.Information,
            Message = "Fetched a GenAuth management token for access key {AccessKeyId}, valid until {ExpiresAt:u}, renewed from {RefreshAt:u}")]
        public static partial void TokenFetched(ILogger logger, string accessKeyId, DateTimeOffset expiresAt, DateTimeOffset refreshAt);

        [LoggerMessage(EventId = GenAuthEventIds.TokenRejected, EventName = "GenAuthTokenRejected", Level = LogLevel.Warning,
            Message = "GenAuth refused the management token on {Call} (apiCode {ApiCode}); fetching a new one once")]
        public static partial void TokenRejected(ILogger logger, string call, int? apiCode);
    }
}
