using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Http;

namespace FieldGen.Client
{
    /// <summary>
    /// Sends one signed request of the client through the pull's <see cref="GuardedExchange"/> (no
    /// redirect followed, the answer read up to <see cref="GenAuthClientOptions.MaxResponseBytes"/>, the
    /// HttpClient's timeout over the whole exchange, body included), its failures named as the client's
    /// API documents them (<see cref="ClientExchangeFailures"/>), and reads the answer with every server
    /// text in an exception redacted (the shared <see cref="SecretRedactor"/>).
    /// </summary>
    internal sealed class ClientExchange
    {
        private readonly HttpClient _http;
        private readonly GenAuthClientOptions _options;

        public ClientExchange(HttpClient http, GenAuthClientOptions options)
        {
            _http = http;
            _options = options;
        }

        public async Task<byte[]> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (request)
            {
                ExchangeAnswer answer = await GuardedExchange.SendAsync(_http, request, _http.Timeout, _options.MaxResponseBytes, new ClientExchangeFailures(this, request), cancellationToken).ConfigureAwait(false);
                ResponseEnvelope.ThrowIfNotJson((HttpStatusCode)answer.Status, answer.Body);
                return answer.Body;
            }
        }

        /// <summary>
        /// Reads an answer that <see cref="SendAsync"/> returned, with the server's text in a failure
        /// redacted: a failure envelope's message and requestId always (and on one line, at most a few
        /// hundred characters), a format error's message when it quotes a secret.
        /// </summary>
        public T Read<T>(HttpRequestMessage request, Func<T> read)
        {
            try
            {
                return read();
            }
            catch (GenAuthApiException ex)
            {
                SecretRedactor redactor = RedactorFor(request);
                throw new GenAuthApiException(ex.StatusCode, ex.ApiCode, ex.ApiMessage is null ? null : redactor.Quote(ex.ApiMessage), ex.RequestId is null ? null : redactor.Quote(ex.RequestId, 100));
            }
            catch (CustomDataFormatException ex) when (RedactorFor(request).Contains(ex.Message))
            {
                SecretRedactor redactor = RedactorFor(request);
                string message = ex.Path is null ? ex.Message : ex.Message.Substring(0, Math.Max(0, ex.Message.LastIndexOf(" Path: ", StringComparison.Ordinal)));
                throw new CustomDataFormatException(redactor.Quote(message), ex.Path is null ? null : redactor.Quote(ex.Path), ex.LineNumber, ex.BytePositionInLine);
            }
        }

        /// <summary>
        /// Masks the secret and this request's signature. Built only when text is about to leave, so a
        /// successful call costs nothing; the provider is asked again for the secret (a rotated key's
        /// old secret is then not masked, but it no longer signs anything).
        /// </summary>
        public SecretRedactor RedactorFor(HttpRequestMessage request)
        {
            string? secret;
            try
            {
                secret = (_options.AccessKeyProvider ?? GenAuthAccessKey.FromEnvironment)().AccessKeySecret;
            }
            catch (InvalidOperationException)
            {
                secret = null;
            }

            var redactor = new SecretRedactor(secret);
            if (request.Headers.TryGetValues(GenAuthRequestSigner.AuthorizationHeader, out var values))
            {
                foreach (string value in values)
                {
                    redactor.AddAuthorization(value);
                }
            }

            return redactor;
        }
    }
}
