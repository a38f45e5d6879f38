using System;
using System.Net;
using System.Net.Http;
using FieldGen.Serialization;

namespace FieldGen.Client
{
    /// <summary>
    /// Checks a GenAuth answer: the body's <c>statusCode</c> decides (V3 answers HTTP 200 on most
    /// failures); the HTTP status only when the body is not JSON.
    /// </summary>
    internal static class ResponseEnvelope
    {
        /// <summary>Throws <see cref="HttpRequestException"/> for an HTTP error whose body is not JSON (a proxy's page, a gateway error).</summary>
        public static void ThrowIfNotJson(HttpStatusCode status, byte[] body)
        {
            if ((int)status >= 200 && (int)status <= 299)
            {
                return;
            }

            foreach (byte b in body)
            {
                if (b == (byte)'{')
                {
                    return;
                }

                if (b != (byte)' ' && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t')
                {
                    break;
                }
            }

            throw new HttpRequestException($"GenAuth answered HTTP {(int)status} with a body that is not JSON ({body.Length} bytes).");
        }

        /// <summary>Throws <see cref="GenAuthApiException"/> unless the envelope's status is 200 as JavaScript reads it (the runtime's one rule).</summary>
        /// <exception cref="CustomDataFormatException">The body is not a JSON envelope.</exception>
        public static void ThrowIfFailure(byte[] body) => GetCustomDataEnvelope.ThrowIfFailure(body);
    }
}
