using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;

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

        /// <summary>Throws <see cref="GenAuthApiException"/> unless the envelope's <c>statusCode</c> (or V2 <c>code</c>) is 200.</summary>
        /// <exception cref="CustomDataFormatException">The body is not a JSON envelope.</exception>
        public static void ThrowIfFailure(byte[] body)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(body);
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !(TryInt(root, "statusCode") ?? TryInt(root, "code")).HasValue)
                {
                    throw new CustomDataFormatException("The answer is not a GenAuth envelope (no numeric 'statusCode').", "$", null, null);
                }

                int statusCode = (TryInt(root, "statusCode") ?? TryInt(root, "code"))!.Value;
                if (statusCode != 200)
                {
                    throw new GenAuthApiException(statusCode, TryInt(root, "apiCode"), TryString(root, "message"), TryString(root, "requestId"));
                }
            }
            catch (JsonException ex)
            {
                throw new CustomDataFormatException("The answer is not valid JSON.", "$", ex.LineNumber, ex.BytePositionInLine, ex);
            }
        }

        private static int? TryInt(JsonElement root, string name) =>
            root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : null;

        private static string? TryString(JsonElement root, string name) =>
            root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
