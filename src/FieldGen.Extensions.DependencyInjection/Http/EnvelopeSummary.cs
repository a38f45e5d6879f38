using System;
using System.Net.Http;
using System.Text.Json;

namespace FieldGen.Client
{
    /// <summary>
    /// The top-level <c>statusCode</c> (or V2 <c>code</c>), <c>apiCode</c>, <c>requestId</c> and
    /// <c>message</c> of an answer, read once by <see cref="EnvelopeStatusHandler"/> and kept on the
    /// request for the handlers around it (logs, traces, the token retry).
    /// </summary>
    internal sealed class EnvelopeSummary
    {
        private static readonly HttpRequestOptionsKey<EnvelopeSummary> Key = new HttpRequestOptionsKey<EnvelopeSummary>("FieldGen.Envelope");

        public int? StatusCode { get; private set; }

        public int? ApiCode { get; private set; }

        public string? RequestId { get; private set; }

        public string? Message { get; private set; }

        public static EnvelopeSummary? Of(HttpRequestMessage request) => request.Options.TryGetValue(Key, out EnvelopeSummary? summary) ? summary : null;

        public void AttachTo(HttpRequestMessage request) => request.Options.Set(Key, this);

        /// <summary>Forgets an earlier attempt's summary, so a retry's answer is never reported with it.</summary>
        public static void Clear(HttpRequestMessage request) => ((System.Collections.Generic.IDictionary<string, object?>)request.Options).Remove(Key.Key);

        /// <summary>Reads the summary, or null when the body is not a JSON object (a proxy's page).</summary>
        public static EnvelopeSummary? Read(ReadOnlySpan<byte> body)
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            var summary = new EnvelopeSummary();
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.GetString()!;
                    reader.Read();
                    switch (name)
                    {
                        case "statusCode":
                        case "code" when summary.StatusCode is null:
                            summary.StatusCode = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int status) ? status : summary.StatusCode;
                            break;
                        case "apiCode":
                            summary.ApiCode = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int apiCode) ? apiCode : null;
                            break;
                        case "requestId":
                            summary.RequestId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                            break;
                        case "message":
                            summary.Message = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
            }
            catch (JsonException)
            {
                return null;
            }

            return summary;
        }
    }
}
