using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace FieldGen.Client
{
    /// <summary>
    /// The outermost handler: one <see cref="Activity"/> and one log event per GenAuth call, whatever
    /// the retries inside took. Failures carry the envelope's statusCode, apiCode and requestId;
    /// messages are redacted.
    /// </summary>
    internal sealed class GenAuthCallHandler : DelegatingHandler
    {
        private readonly GenAuthSecretRedactor _redactor;
        private readonly ILogger _logger;

        public GenAuthCallHandler(GenAuthSecretRedactor redactor, ILogger<GenAuthCustomDataClient> logger)
        {
            _redactor = redactor;
            _logger = logger;
        }

        /// <summary>The call a request makes: the last segment of its path (<c>get-custom-data</c>).</summary>
        public static string CallName(HttpRequestMessage request)
        {
            string path = request.RequestUri?.AbsolutePath ?? string.Empty;
            return path.Substring(path.LastIndexOf('/') + 1);
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string call = CallName(request);
            using Activity? activity = GenAuthTelemetry.Source.StartActivity("GenAuth " + call, ActivityKind.Client);
            activity?.SetTag(GenAuthTelemetry.CallTag, call);
            long started = Stopwatch.GetTimestamp();
            try
            {
                HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                EnvelopeSummary? summary = EnvelopeSummary.Of(request);
                int httpStatus = (int)response.StatusCode;
                activity?.SetTag("http.response.status_code", httpStatus);
                activity?.SetTag(GenAuthTelemetry.StatusCodeTag, summary?.StatusCode);
                activity?.SetTag(GenAuthTelemetry.RequestIdTag, summary?.RequestId);
                if (summary?.StatusCode == 200)
                {
                    GenAuthLog.Call(_logger, call, httpStatus, summary.StatusCode, summary.RequestId, ElapsedMs(started));
                }
                else
                {
                    activity?.SetTag(GenAuthTelemetry.ApiCodeTag, summary?.ApiCode);
                    activity?.SetStatus(ActivityStatusCode.Error, "statusCode " + (summary?.StatusCode ?? httpStatus));
                    string? message = summary?.Message is null ? null : _redactor.Redact(summary.Message);
                    GenAuthLog.CallFailed(_logger, call, httpStatus, summary?.StatusCode, summary?.ApiCode, summary?.RequestId, message);
                }

                return response;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                GenAuthLog.CallError(_logger, call, ElapsedMs(started), ex.GetType().Name, _redactor.Redact(ex.Message));
                throw;
            }
        }

        private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
