using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Management.Configuration;
using FieldGen.Management.Pull;

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
    /// Sends one request of the pull and reads its answer with the rules a server FieldGen does not
    /// control cannot get around: the timeout covers the whole exchange (body included), the body is
    /// read up to a cap, a redirect is reported and never followed, and every text quoted from the
    /// answer or an exception goes through the <see cref="SecretRedactor"/>.
    /// </summary>
    internal static class GuardedExchange
    {
        /// <exception cref="PullException">No answer in time, no connection, a redirect, or an answer over <paramref name="limit"/>.</exception>
        public static async Task<ExchangeAnswer> SendAsync(HttpClient http, HttpRequestMessage request, string call, GenAuthConnection connection, long limit, SecretRedactor redactor, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(connection.Timeout);
            string host = GenAuthHost.Display(connection.Host);
            // HttpClient rewrites the request's address when its handler follows a redirect: keep the one we sent.
            Uri? sentTo = request.RequestUri;
            try
            {
                using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                Uri? answeredFor = response.RequestMessage?.RequestUri;
                if ((status >= 300 && status <= 399) || (answeredFor is not null && answeredFor != sentTo))
                {
                    throw Redirected(call, host, status, response.Headers.Location?.OriginalString ?? answeredFor?.OriginalString, redactor);
                }

                byte[] body = await BoundedBodyReader.ReadAsync(response.Content, limit, timeout.Token).ConfigureAwait(false);
                return new ExchangeAnswer(status, response.Content.Headers.ContentType?.MediaType, body);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.Timeout,
                    call + " at " + host + " did not answer within " + connection.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s (the whole answer, body included)",
                    "check the network and the host; raise the timeout (FieldGenPullTimeout, --timeout) on a slow link"));
            }
            catch (AnswerTooLargeException ex)
            {
                string start = ex.Prefix.Length == 0 ? string.Empty : ": '" + redactor.Quote(Encoding.UTF8.GetString(ex.Prefix), 120) + "'";
                throw new PullException(new PullFailure(
                    PullFailureKind.UnexpectedResponse,
                    call + " at " + host + " answered more than " + ex.Limit.ToString(CultureInfo.InvariantCulture) + " bytes; FieldGen stopped reading" + start,
                    "check that the host is the GenAuth API host; raise " + AnswerCaps.SchemaAnswerVariable + " (or " + AnswerCaps.TokenAnswerVariable + ") only for a tenant whose schema really is that large"));
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is System.IO.IOException)
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.Unreachable,
                    "could not reach " + host + " for " + call + " (" + redactor.Quote(Innermost(ex)) + ")",
                    "check the network, a proxy (HTTPS_PROXY) and the host (FieldGenHost or " + EnvironmentSettings.HostVariable + ")"));
            }
        }

        private static PullException Redirected(string call, string host, int status, string? location, SecretRedactor redactor) =>
            new PullException(new PullFailure(
                PullFailureKind.UnexpectedResponse,
                call + " at " + host + " answered HTTP " + status.ToString(CultureInfo.InvariantCulture) + ", a redirect"
                    + (string.IsNullOrEmpty(location) ? string.Empty : " to '" + redactor.Quote(location, 200) + "'")
                    + "; FieldGen follows no redirect, so nothing was sent there",
                "set the host (FieldGenHost, --host or " + EnvironmentSettings.HostVariable + ") to the address the GenAuth API answers at itself"));

        private static string Innermost(Exception ex)
        {
            // Inner messages often repeat the outer one ("Connection refused (host:port)" around "Connection refused").
            var messages = new System.Collections.Generic.List<string>();
            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                string message = e.Message.TrimEnd('.');
                if (!messages.Exists(m => m.IndexOf(message, StringComparison.Ordinal) >= 0))
                {
                    messages.Add(message);
                }
            }

            return string.Join(": ", messages);
        }
    }
}
