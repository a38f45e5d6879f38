using System;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using FieldGen.Management.Http;

namespace FieldGen.Client
{
    /// <summary>
    /// The client's names for the failures of one <see cref="GuardedExchange"/>, as its API documents
    /// them: <see cref="HttpRequestException"/> for a redirect, an oversized answer or a failed
    /// connection, <see cref="TaskCanceledException"/> for a timeout.
    /// </summary>
    internal sealed class ClientExchangeFailures : ExchangeFailures
    {
        private readonly ClientExchange _exchange;
        private readonly HttpRequestMessage _request;
        private SecretRedactor? _redactor;

        public ClientExchangeFailures(ClientExchange exchange, HttpRequestMessage request)
        {
            _exchange = exchange;
            _request = request;
        }

        public override SecretRedactor Redactor() => _redactor ??= _exchange.RedactorFor(_request);

        public override Exception Timeout(TimeSpan limit, OperationCanceledException cause) =>
            new TaskCanceledException("GenAuth did not answer within " + limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s (HttpClient.Timeout, the whole answer included).", new TimeoutException(cause.Message));

        public override Exception Redirect(int status, string? location) =>
            new HttpRequestException("GenAuth answered HTTP " + status.ToString(CultureInfo.InvariantCulture) + ", a redirect"
                + (location is null ? string.Empty : " to '" + location + "'")
                + "; FieldGen.Client follows no redirect. Set GenAuthClientOptions.Host to the address the API answers at itself.");

        public override Exception TooLarge(long limit, string start) =>
            new HttpRequestException("GenAuth answered more than " + limit.ToString(CultureInfo.InvariantCulture) + " bytes (GenAuthClientOptions.MaxResponseBytes); the client stopped reading"
                + (start.Length == 0 ? "." : ": '" + start + "'."));

        // A quotable HttpRequestException goes out as it came (its HttpRequestError, its inner SocketException);
        // one whose text came from the server is replaced, and the original is not kept as its inner exception.
        public override Exception Unreachable(Exception original, string cause, bool quotable)
        {
            if (quotable)
            {
                return original is HttpRequestException ? original : new HttpRequestException(cause, original);
            }

#if NET8_0_OR_GREATER
            if (original is HttpRequestException http)
            {
                return new HttpRequestException(http.HttpRequestError, cause, inner: null, http.StatusCode);
            }
#endif
            return new HttpRequestException(cause);
        }

        public override Exception BrokeOff(Exception original, string cause, bool quotable) =>
            new HttpRequestException("GenAuth's answer broke off: " + cause, quotable ? original : null);
    }
}
