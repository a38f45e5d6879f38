using System;
using System.Text;
using System.Text.Json;
using FieldGen.Wire;

namespace FieldGen.Serialization
{
    /// <summary>
    /// The GetCustomData response envelope, <c>{ "statusCode": 200, "message", "apiCode", "requestId", "data" }</c>
    /// (V2: <c>code</c> instead of <c>statusCode</c>): which root members belong to it, what its status
    /// says, and when a root object is one rather than a bare data object.
    /// </summary>
    /// <remarks>
    /// A root is an envelope when it has a <c>statusCode</c> or <c>code</c> member holding a JSON number
    /// (and that name is not a key of the schema), has a <c>message</c> or <c>data</c> member (GenAuth
    /// always sends <c>message</c>, and <c>data</c> on success), and has no member outside the
    /// envelope's. Anything else is a data object, read without loss: a data object can only be taken
    /// for an envelope when it holds nothing but envelope names, which the explicit
    /// <see cref="CustomDataSerializer.DeserializeDataObject{T}(ReadOnlySpan{byte})"/> reads as data.
    /// </remarks>
    internal static class GetCustomDataEnvelope
    {
        // The member names of the one envelope shape (GenAuthEnvelope), as UTF-8 for the reader.
        private static readonly byte[] StatusCodeName = Encoding.UTF8.GetBytes(GenAuthEnvelope.StatusCode);
        private static readonly byte[] V2CodeName = Encoding.UTF8.GetBytes(GenAuthEnvelope.V2Code);
        private static readonly byte[] MessageName = Encoding.UTF8.GetBytes(GenAuthEnvelope.Message);
        private static readonly byte[] DataName = Encoding.UTF8.GetBytes(GenAuthEnvelope.Data);
        private static readonly byte[] ApiCodeName = Encoding.UTF8.GetBytes(GenAuthEnvelope.ApiCode);
        private static readonly byte[] RequestIdName = Encoding.UTF8.GetBytes(GenAuthEnvelope.RequestId);

        /// <summary>What a root member is to the envelope.</summary>
        internal enum Member
        {
            /// <summary>Not an envelope member: a custom field value.</summary>
            None,
            StatusCode,
            V2Code,
            Message,
            ApiCode,
            RequestId,
            Data,
        }

        /// <summary>What a member named <paramref name="key"/> with a value of <paramref name="valueToken"/> is, for a root read as <paramref name="form"/>.</summary>
        public static Member Classify(ReadOnlySpan<byte> key, JsonTokenType valueToken, CustomData target, PayloadForm form)
        {
            bool isStatusCode = key.SequenceEqual(StatusCodeName);
            if (isStatusCode || key.SequenceEqual(V2CodeName))
            {
                if (form == PayloadForm.Detect && (valueToken != JsonTokenType.Number || target.Contract.Find(key) >= 0))
                {
                    // A schema key, or a value no GenAuth status has (the docs type it as a number): a custom field.
                    return Member.None;
                }

                if (valueToken != JsonTokenType.Number)
                {
                    string name = isStatusCode ? GenAuthEnvelope.StatusCode : GenAuthEnvelope.V2Code;
                    throw new CustomDataFormatException($"The response's '{name}' is a {valueToken}, not a number.", "$." + name, null, null);
                }

                return isStatusCode ? Member.StatusCode : Member.V2Code;
            }

            if (key.SequenceEqual(MessageName))
            {
                return Member.Message;
            }

            if (key.SequenceEqual(DataName))
            {
                return Member.Data;
            }

            if (key.SequenceEqual(ApiCodeName))
            {
                return Member.ApiCode;
            }

            return key.SequenceEqual(RequestIdName) ? Member.RequestId : Member.None;
        }

        /// <summary>
        /// Success means the number equals 200 as JavaScript parses it (GenAuth's server and SDKs are
        /// JavaScript): <c>200</c>, <c>200.0</c>, <c>2e2</c>. Any other number (<c>500.0</c>, <c>5e2</c>,
        /// <c>200.5</c>, <c>-200</c>, <c>4294967496</c>) is a failure.
        /// </summary>
        public static bool IsSuccess(ref Utf8JsonReader reader) => reader.TryGetDouble(out double status) && GenAuthEnvelope.IsSuccess(status);

        /// <summary>
        /// Judges any GenAuth answer (a setCustomData <c>IsSuccessRespDto</c>, not only GetCustomData) by the
        /// same rule: throws <see cref="GenAuthApiException"/> unless its <c>statusCode</c> (else V2 <c>code</c>;
        /// the last of duplicates wins) is 200 as <see cref="IsSuccess"/> reads it.
        /// </summary>
        /// <exception cref="CustomDataFormatException">The answer is not JSON, or has no numeric status.</exception>
        public static void ThrowIfFailure(ReadOnlySpan<byte> utf8Answer)
        {
            var reader = new Utf8JsonReader(utf8Answer);
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    throw NotAnEnvelope();
                }

                Utf8JsonReader root = reader;
                bool? statusCodeSuccess = null;
                bool? v2CodeSuccess = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    bool isStatusCode = reader.ValueTextEquals(StatusCodeName);
                    bool isV2Code = reader.ValueTextEquals(V2CodeName);
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && isStatusCode)
                    {
                        statusCodeSuccess = IsSuccess(ref reader);
                    }
                    else if (reader.TokenType == JsonTokenType.Number && isV2Code)
                    {
                        v2CodeSuccess = IsSuccess(ref reader);
                    }

                    reader.Skip();
                }

                bool success = statusCodeSuccess ?? v2CodeSuccess ?? throw NotAnEnvelope();
                if (!success)
                {
                    throw ReadFailure(root);
                }
            }
            catch (JsonException ex) when (ex is not CustomDataFormatException)
            {
                throw new CustomDataFormatException("The answer is not valid JSON.", "$", ex.LineNumber, ex.BytePositionInLine, ex);
            }
        }

        private static CustomDataFormatException NotAnEnvelope() =>
            new CustomDataFormatException("The answer is not a GenAuth envelope (no numeric 'statusCode').", "$", null, null);

        /// <summary>The envelope's failure, read again from <paramref name="root"/> (at its start object); the last of duplicate members wins, as in JSON.parse.</summary>
        public static GenAuthApiException ReadFailure(Utf8JsonReader root)
        {
            string? statusCodeText = null;
            string? v2CodeText = null;
            string? apiCodeText = null;
            string? message = null;
            string? requestId = null;
            while (root.Read() && root.TokenType != JsonTokenType.EndObject)
            {
                string name = root.GetString()!;
                root.Read();
                switch (name)
                {
                    case GenAuthEnvelope.StatusCode when root.TokenType == JsonTokenType.Number:
                        statusCodeText = NumberText(ref root);
                        break;
                    case GenAuthEnvelope.V2Code when root.TokenType == JsonTokenType.Number:
                        v2CodeText = NumberText(ref root);
                        break;
                    case GenAuthEnvelope.ApiCode:
                        apiCodeText = root.TokenType == JsonTokenType.Number ? NumberText(ref root) : null;
                        break;
                    case GenAuthEnvelope.Message:
                        message = root.TokenType == JsonTokenType.String ? root.GetString() : null;
                        break;
                    case GenAuthEnvelope.RequestId:
                        requestId = root.TokenType == JsonTokenType.String ? root.GetString() : null;
                        break;
                }

                root.Skip();
            }

            string statusText = statusCodeText ?? v2CodeText!;
            return new GenAuthApiException(GenAuthEnvelope.WholeNumber(statusText) ?? 0, statusText, apiCodeText is null ? null : GenAuthEnvelope.WholeNumber(apiCodeText), message, requestId);
        }

        private static string NumberText(ref Utf8JsonReader reader) =>
            Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
    }
}
