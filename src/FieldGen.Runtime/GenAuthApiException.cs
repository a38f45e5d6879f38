using System;

namespace FieldGen
{
    /// <summary>
    /// Thrown when GenAuth answered with a failure envelope (a body whose <c>statusCode</c> is not
    /// 200, whatever the HTTP status). Carries what the API said, so callers can branch on it.
    /// </summary>
    public sealed class GenAuthApiException : Exception
    {
        /// <summary>Creates the exception from a failure envelope.</summary>
        public GenAuthApiException(int statusCode, int? apiCode, string? apiMessage, string? requestId)
            : base(Describe(statusCode, apiCode, apiMessage, requestId))
        {
            StatusCode = statusCode;
            ApiCode = apiCode;
            ApiMessage = apiMessage;
            RequestId = requestId;
        }

        /// <summary>The body's <c>statusCode</c> (e.g. 400, 401, 403, 404, 429, 500).</summary>
        public int StatusCode { get; }

        /// <summary>The body's <c>apiCode</c>, which refines the error (e.g. 2333 bad credentials); null when absent.</summary>
        public int? ApiCode { get; }

        /// <summary>The body's <c>message</c>.</summary>
        public string? ApiMessage { get; }

        /// <summary>The body's <c>requestId</c>, to quote to GenAuth support.</summary>
        public string? RequestId { get; }

        private static string Describe(int statusCode, int? apiCode, string? apiMessage, string? requestId)
        {
            string text = $"GenAuth answered statusCode {statusCode}";
            if (apiCode is not null)
            {
                text += $", apiCode {apiCode}";
            }

            text += string.IsNullOrEmpty(apiMessage) ? "." : $": {apiMessage}";
            if (!string.IsNullOrEmpty(requestId))
            {
                text += $" (requestId {requestId})";
            }

            return text;
        }
    }
}
