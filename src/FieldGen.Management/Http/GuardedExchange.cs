using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Management.Http
{
    /// <summary>What came back from one exchange: the HTTP status, the content type and the body (under its cap).</summary>
    internal sealed class ExchangeAnswer
    {
        public ExchangeAnswer(int status, string? contentType, byte[] body)
        {
            Status = status;
            ContentType = contentType;
            Body = body;
        }

        public int Status { get; }

        public string? ContentType { get; }

        public byte[] Body { get; }
    }

    /// <summary>
    /// Sends one request and reads its answer with the rules a server FieldGen does not control cannot
    /// get around: the timeout covers the whole exchange (body included), the body is read up to a cap,
    /// a redirect is reported and never followed (also when the caller's handler followed it), and every
    /// text quoted from the answer or an exception goes through the <see cref="SecretRedactor"/>. The one
    /// implementation of the pull (MSBuild task, CLI) and FieldGen.Client (compiled into it); each names
    /// its failures through its own <see cref="ExchangeFailures"/>.
    /// </summary>
    internal static class GuardedExchange
    {
        /// <param name="http">The client that sends; its own redirect and timeout settings do not matter.</param>
        /// <param name="request">Sent as is; the caller disposes it.</param>
        /// <param name="timeout">For headers and body together; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
        /// <param name="limit">The most bytes of body read.</param>
        /// <param name="failures">What to throw for each failure.</param>
        /// <param name="cancellationToken">The caller's cancellation, passed on as an <see cref="OperationCanceledException"/>.</param>
        public static async Task<ExchangeAnswer> SendAsync(HttpClient http, HttpRequestMessage request, TimeSpan timeout, long limit, ExchangeFailures failures, CancellationToken cancellationToken)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (timeout != Timeout.InfiniteTimeSpan)
            {
                deadline.CancelAfter(timeout);
            }

            // HttpClient rewrites the request's address when its handler follows a redirect: keep the one we sent.
            Uri? sentTo = request.RequestUri;
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw failures.Timeout(timeout, ex);
            }
            catch (Exception ex) when (IsTransportFailure(ex))
            {
                Exception failure = failures.Unreachable(ex, Cause(ex, failures.Redactor(), out bool quotable), quotable);
                if (ReferenceEquals(failure, ex))
                {
                    throw;
                }

                throw failure;
            }

            using (response)
            {
                int status = (int)response.StatusCode;
                Uri? answeredFor = response.RequestMessage?.RequestUri;
                if ((status >= 300 && status <= 399) || (answeredFor is not null && answeredFor != sentTo))
                {
                    string? location = response.Headers.Location?.OriginalString ?? answeredFor?.OriginalString;
                    throw failures.Redirect(status, string.IsNullOrEmpty(location) ? null : failures.Redactor().Quote(location, 200));
                }

                try
                {
                    byte[] body = await BoundedBodyReader.ReadAsync(response.Content, limit, deadline.Token).ConfigureAwait(false);
                    return new ExchangeAnswer(status, response.Content.Headers.ContentType?.MediaType, body);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw failures.Timeout(timeout, ex);
                }
                catch (AnswerTooLargeException ex)
                {
                    throw failures.TooLarge(ex.Limit, ex.Prefix.Length == 0 ? string.Empty : failures.Redactor().Quote(Encoding.UTF8.GetString(ex.Prefix), 120));
                }
                catch (Exception ex) when (IsTransportFailure(ex))
                {
                    throw failures.BrokeOff(ex, Cause(ex, failures.Redactor(), out bool quotable), quotable);
                }
            }
        }

        private static bool IsTransportFailure(Exception ex) => ex is HttpRequestException || ex is IOException;

        /// <summary>
        /// Every message of the chain, quoted. A server can put its own text there (.NET quotes a header
        /// line it cannot parse, up to 64 KB, control characters included), so no message leaves unquoted.
        /// </summary>
        private static string Cause(Exception ex, SecretRedactor redactor, out bool quotable)
        {
            // Inner messages often repeat the outer one ("Connection refused (host:port)" around "Connection refused").
            var messages = new List<string>();
            quotable = true;
            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                quotable &= redactor.Quote(e.Message) == e.Message;
                string message = e.Message.TrimEnd('.');
                if (!messages.Exists(m => m.IndexOf(message, StringComparison.Ordinal) >= 0))
                {
                    messages.Add(message);
                }
            }

            return redactor.Quote(string.Join(": ", messages));
        }
    }
}
