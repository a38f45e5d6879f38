using System.Globalization;
using System.Text;
using FieldGen.Management.Configuration;
using FieldGen.Management.Pull;
using FieldGen.Parsing;
using FieldGen.Parsing.Json;

namespace FieldGen.Management.Http
{
    /// <summary>
    /// Turns a GenAuth answer into its <c>data</c> or a <see cref="PullException"/> that says what
    /// happened and what to do. V3 answers HTTP 200 on most failures, so the body's <c>statusCode</c>
    /// decides whenever there is an envelope; the HTTP status only when there is none.
    /// </summary>
    internal static class GenAuthResponseReader
    {
        private const int SnippetLength = 60;
        private const int RequestIdLength = 100;

        /// <summary>The <c>data</c> of a success envelope; <paramref name="call"/> names the call in messages, e.g. <c>get-custom-fields (ROLE)</c>.</summary>
        public static JsonNode ReadData(string call, int httpStatus, string? contentType, byte[] body, SecretRedactor redactor)
        {
            string text = Encoding.UTF8.GetString(body);
            JsonNode? root = JsonTextParser.Parse(text, out _);
            EnvelopeNode? envelope = EnvelopeNode.Of(root);
            if (envelope is null || !envelope.HasNumericStatus)
            {
                throw NotAnEnvelope(call, httpStatus, contentType, body.Length, text, root is not null, redactor);
            }

            if (!envelope.IsSuccess)
            {
                throw FailureEnvelope(call, envelope, redactor);
            }

            JsonNode? data = envelope.Data;
            if (data is null)
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.UnexpectedResponse,
                    call + " answered statusCode 200 without a 'data' member",
                    "check that the host is the GenAuth API host (" + GenAuthHost.Default + " or your private deployment's)"));
            }

            return data;
        }

        private static PullException FailureEnvelope(string call, EnvelopeNode envelope, SecretRedactor redactor)
        {
            // A status no int holds (200.5, 1e400) is quoted as sent and counts as no known status.
            int statusCode = envelope.StatusCode ?? 0;
            int? apiCode = envelope.ApiCode;
            string? message = envelope.Message;
            string? requestId = envelope.RequestId;
            var problem = new StringBuilder(call).Append(" answered statusCode ").Append(envelope.StatusCode is int whole ? whole.ToString(CultureInfo.InvariantCulture) : redactor.Quote(envelope.Status.Text!, SnippetLength));
            if (apiCode is not null)
            {
                problem.Append(", apiCode ").Append(apiCode.Value.ToString(CultureInfo.InvariantCulture));
            }

            if (!string.IsNullOrEmpty(message))
            {
                problem.Append(": ").Append(redactor.Quote(message).TrimEnd('.'));
            }

            if (!string.IsNullOrEmpty(requestId))
            {
                problem.Append(" (requestId ").Append(redactor.Quote(requestId, RequestIdLength)).Append(')');
            }

            PullFailureKind kind = KindOf(statusCode, PullFailureKind.FailureEnvelope);
            return new PullException(new PullFailure(kind, problem.ToString(), AdviceFor(kind, statusCode, apiCode)) { EnvelopeStatusCode = statusCode, EnvelopeApiCode = apiCode, EnvelopeCall = call });
        }

        private static PullException NotAnEnvelope(string call, int httpStatus, string? contentType, int length, string text, bool isJson, SecretRedactor redactor)
        {
            string what = isJson ? "JSON that is not a GenAuth envelope (no numeric 'statusCode')" : "a body that is not JSON";
            string problem = call + " answered HTTP " + httpStatus.ToString(CultureInfo.InvariantCulture) + " with " + what
                + " (" + (string.IsNullOrEmpty(contentType) ? "no content type" : redactor.Quote(contentType, SnippetLength)) + ", " + length.ToString(CultureInfo.InvariantCulture) + " bytes"
                + (length == 0 ? string.Empty : ": '" + redactor.Quote(text, SnippetLength) + "'") + ")";
            PullFailureKind kind = KindOf(httpStatus, PullFailureKind.UnexpectedResponse);
            return new PullException(new PullFailure(kind, problem, AdviceFor(kind, httpStatus, null)));
        }

        private static PullFailureKind KindOf(int status, PullFailureKind otherwise) => status switch
        {
            401 => PullFailureKind.Unauthorized,
            403 => PullFailureKind.Forbidden,
            >= 500 and <= 599 => PullFailureKind.ServerError,
            _ => otherwise,
        };

        private static string AdviceFor(PullFailureKind kind, int status, int? apiCode) => kind switch
        {
            PullFailureKind.Unauthorized when apiCode == 1305 || apiCode == 1303 =>
                "the machine's clock is too far from GenAuth's; synchronize it (NTP) and pull again",
            PullFailureKind.Unauthorized =>
                "check the access key in " + EnvironmentSettings.AccessKeyIdVariable + " and " + EnvironmentSettings.AccessKeySecretVariable + " (the user pool's access key in the GenAuth console) and that the host is that user pool's",
            PullFailureKind.Forbidden =>
                "the access key may not read custom fields of this user pool or tenant; grant it the permission in the GenAuth console, or check the tenant id",
            PullFailureKind.ServerError =>
                "GenAuth is having trouble; pull again later (dotnet build -t:FieldGenPull)",
            PullFailureKind.FailureEnvelope when status == 429 =>
                "GenAuth throttled the calls; pull again in a minute",
            PullFailureKind.FailureEnvelope =>
                "check the host and the tenant id; quote the requestId to GenAuth support if it persists",
            _ =>
                "check that the host is the GenAuth API host (" + GenAuthHost.Default + " or your private deployment's); a proxy or captive portal may have answered instead",
        };
    }
}
