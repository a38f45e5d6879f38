using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Client
{
    /// <summary>
    /// GenAuth V3 answers HTTP 200 with <c>statusCode</c> 429 or 5xx in the body when it throttles or
    /// fails. The standard resilience handler only sees HTTP statuses, so this handler (inside it) lifts
    /// such an envelope's status onto the response: a throttled call is retried like an HTTP 429. The
    /// body is untouched, so the client still reads and reports the envelope.
    /// </summary>
    internal sealed class EnvelopeStatusHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            EnvelopeSummary.Clear(request);
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;

            EnvelopeSummary? summary = EnvelopeSummary.Read(body);
            if (summary is null)
            {
                return response;
            }

            summary.AttachTo(request);
            if (response.IsSuccessStatusCode && summary.StatusCode is int status && IsLifted(status))
            {
                response.StatusCode = (HttpStatusCode)status;
            }

            return response;
        }

        /// <summary>Throttling, server errors and 401 (so the token handler sees a refused token whichever way it arrives).</summary>
        private static bool IsLifted(int status) => status == 401 || status == 429 || (status >= 500 && status <= 599);
    }
}
