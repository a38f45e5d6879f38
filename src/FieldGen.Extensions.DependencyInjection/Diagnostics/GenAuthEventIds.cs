namespace FieldGen.Client
{
    /// <summary>
    /// The stable <c>EventId</c>s of the client's log events (category
    /// <c>FieldGen.Client.GenAuthCustomDataClient</c>). No event carries the secret, a token or a signature.
    /// </summary>
    public static class GenAuthEventIds
    {
        /// <summary>Information: a call succeeded (call, HTTP status, statusCode, requestId, elapsed ms).</summary>
        public const int Call = 4101;

        /// <summary>Warning: a call ended in a failure envelope (call, statusCode, apiCode, requestId, message).</summary>
        public const int CallFailed = 4102;

        /// <summary>Warning: a call ended without an answer (network error, timeout, open circuit).</summary>
        public const int CallError = 4103;

        /// <summary>Warning: an attempt failed and will be retried (call, attempt, delay, outcome).</summary>
        public const int Retry = 4104;

        /// <summary>Error: the circuit breaker opened; calls fail fast until it closes.</summary>
        public const int CircuitOpened = 4105;

        /// <summary>Information: a management token was fetched (access key id, expiry).</summary>
        public const int TokenFetched = 4106;

        /// <summary>Warning: GenAuth refused the management token; a new one is fetched once.</summary>
        public const int TokenRejected = 4107;
    }
}
