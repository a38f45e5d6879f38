using FieldGen.Parsing.Json;
using FieldGen.Wire;

namespace FieldGen.Parsing
{
    /// <summary>
    /// A GenAuth answer's envelope read through our <see cref="JsonNode"/>: the one reader of its members
    /// for the schema parser and the pull (the runtime reads the same shape with Utf8JsonReader), by the
    /// names and the success rule of <see cref="GenAuthEnvelope"/>.
    /// </summary>
    internal sealed class EnvelopeNode
    {
        private EnvelopeNode(JsonNode root, JsonNode status, bool isV2)
        {
            Root = root;
            Status = status;
            IsV2 = isV2;
        }

        /// <summary>The envelope object itself.</summary>
        public JsonNode Root { get; }

        /// <summary>The <c>statusCode</c> member's value (else the V2 <c>code</c>), whatever its kind.</summary>
        public JsonNode Status { get; }

        /// <summary>True for the V2 API's shape: a <c>code</c> and no <c>statusCode</c>.</summary>
        public bool IsV2 { get; }

        /// <summary>True when the status is a JSON number (the docs type it so); a string or anything else is no status.</summary>
        public bool HasNumericStatus => Status.Kind == JsonNodeKind.Number;

        /// <summary>True when the status is the number 200 as JavaScript reads it (<c>200</c>, <c>200.0</c>, <c>2e2</c>).</summary>
        public bool IsSuccess => HasNumericStatus && GenAuthEnvelope.IsSuccess(Status.Text!);

        /// <summary>The status as a whole number (<c>5e2</c> is 500), or null when it is none.</summary>
        public int? StatusCode => HasNumericStatus ? GenAuthEnvelope.WholeNumber(Status.Text!) : null;

        /// <summary>The <c>apiCode</c> that refines a failure, when it reads as a whole number.</summary>
        public int? ApiCode => Root.GetValue(GenAuthEnvelope.ApiCode)?.Text is string text ? GenAuthEnvelope.WholeNumber(text) : null;

        /// <summary>The <c>message</c> when it is a string.</summary>
        public string? Message => StringOf(GenAuthEnvelope.Message);

        /// <summary>The <c>requestId</c> when it is a string.</summary>
        public string? RequestId => StringOf(GenAuthEnvelope.RequestId);

        /// <summary>The <c>data</c> member, or null when there is none.</summary>
        public JsonNode? Data => Root.GetValue(GenAuthEnvelope.Data);

        /// <summary>The envelope of <paramref name="root"/>: an object with a <c>statusCode</c> or <c>code</c> member; null for anything else.</summary>
        public static EnvelopeNode? Of(JsonNode? root)
        {
            if (root?.Kind != JsonNodeKind.Object)
            {
                return null;
            }

            JsonNode? statusCode = root.GetValue(GenAuthEnvelope.StatusCode);
            JsonNode? status = statusCode ?? root.GetValue(GenAuthEnvelope.V2Code);
            return status is null ? null : new EnvelopeNode(root, status, isV2: statusCode is null);
        }

        private string? StringOf(string name) => Root.GetValue(name) is { Kind: JsonNodeKind.String } node ? node.Text : null;
    }
}
