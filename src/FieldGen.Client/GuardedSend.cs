using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Http;

namespace FieldGen.Client
{
    /// <summary>
    /// Sends one signed request of the client with the rules a server FieldGen does not control cannot
    /// get around: no redirect (a 3xx, or an answer for another address because the caller's handler
    /// followed one, fails), the answer read up to <see cref="GenAuthClientOptions.MaxResponseBytes"/>,
    /// the HttpClient's timeout over the whole exchange (body included), and every server text in an
    /// exception redacted (the shared <see cref="SecretRedactor"/>).
    /// </summary>
    internal sealed class GuardedSend
    {
        private readonly HttpClient _http;
        private readonly GenAuthClientOptions _options;

        public GuardedSend(HttpClient http, GenAuthClientOptions options)
        {
            _http = http;
            _options = options;
        }

        public async Task<byte[]> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (_http.Timeout != Timeout.InfiniteTimeSpan)
            {
                timeout.CancelAfter(_http.Timeout);
            }

            // HttpClient rewrites the request's address when its handler follows a redirect: keep the one we sent.
            Uri? sentTo = request.RequestUri;
            try
            {
                using (request)
                using (HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false))
                {
                    int status = (int)response.StatusCode;
                    Uri? answeredFor = response.RequestMessage?.RequestUri;
                    if ((status >= 300 && status <= 399) || (answeredFor is not null && answeredFor != sentTo))
                    {
                        string? location = response.Headers.Location?.OriginalString ?? answeredFor?.OriginalString;
                        throw new HttpRequestException("GenAuth answered HTTP " + status.ToString(CultureInfo.InvariantCulture) + ", a redirect"
                            + (location is null ? string.Empty : " to '" + RedactorFor(request).Quote(location, 200) + "'")
                            + "; FieldGen.Client follows no redirect. Set GenAuthClientOptions.Host to the address the API answers at itself.");
                    }

                    byte[] body = await BoundedBodyReader.ReadAsync(response.Content, _options.MaxResponseBytes, timeout.Token).ConfigureAwait(false);
                    ResponseEnvelope.ThrowIfNotJson(response.StatusCode, body);
                    return body;
                }
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TaskCanceledException("GenAuth did not answer within " + _http.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s (HttpClient.Timeout, the whole answer included).", new TimeoutException(ex.Message));
            }
            catch (AnswerTooLargeException ex)
            {
                throw new HttpRequestException("GenAuth answered more than " + ex.Limit.ToString(CultureInfo.InvariantCulture) + " bytes (GenAuthClientOptions.MaxResponseBytes); the client stopped reading"
                    + (ex.Prefix.Length == 0 ? "." : ": '" + RedactorFor(request).Quote(Encoding.UTF8.GetString(ex.Prefix), 120) + "'."));
            }
            catch (HttpRequestException ex) when (RedactorFor(request).Contains(ex.Message))
            {
                throw new HttpRequestException(RedactorFor(request).Quote(ex.Message));
            }
            catch (System.IO.IOException ex)
            {
                // The connection broke while reading the body: the documented HttpRequestException.
                throw new HttpRequestException("GenAuth's answer broke off: " + RedactorFor(request).Quote(ex.Message), ex);
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
