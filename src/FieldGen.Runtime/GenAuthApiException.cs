using System;
using System.Globalization;
using FieldGen.Serialization;

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
            : this(statusCode, statusCode.ToString(CultureInfo.InvariantCulture), apiCode, apiMessage, requestId)
        {
        }

        /// <summary>Creates the exception for a status that may not be a whole Int32 (<c>200.5</c>, <c>4294967496</c>): <paramref name="statusCodeText"/> is its JSON text.</summary>
        internal GenAuthApiException(int statusCode, string statusCodeText, int? apiCode, string? apiMessage, string? requestId)
            : base(Describe(statusCodeText, apiCode, apiMessage, requestId))
        {
            StatusCode = statusCode;
            ApiCode = apiCode;
            ApiMessage = apiMessage;
            RequestId = requestId;
        }

        /// <summary>
        /// The body's <c>statusCode</c> (e.g. 400, 401, 403, 404, 429, 500), as JavaScript reads it
        /// (<c>5e2</c> is 500); 0 when it is not a whole number an <see cref="int"/> holds (the message quotes it).
        /// </summary>
        public int StatusCode { get; }

        /// <summary>The body's <c>apiCode</c>, which refines the error (e.g. 2333 bad credentials); null when absent.</summary>
        public int? ApiCode { get; }

        /// <summary>The body's <c>message</c>, in full (the exception message quotes at most its start).</summary>
        public string? ApiMessage { get; }

        /// <summary>The body's <c>requestId</c>, to quote to GenAuth support.</summary>
        public string? RequestId { get; }

        private static string Describe(string statusCodeText, int? apiCode, string? apiMessage, string? requestId)
        {
            string text = $"GenAuth answered statusCode {TextExcerpt.Of(statusCodeText)}";
            if (apiCode is not null)
            {
                text += $", apiCode {apiCode}";
            }

            text += string.IsNullOrEmpty(apiMessage) ? "." : $": {TextExcerpt.Of(apiMessage, 4 * TextExcerpt.MaxQuotedLength)}";
            if (!string.IsNullOrEmpty(requestId))
            {
                text += $" (requestId {TextExcerpt.Of(requestId)})";
            }

            return text;
        }
    }
}
