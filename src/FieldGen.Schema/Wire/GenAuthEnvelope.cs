using System;
using System.Globalization;

namespace FieldGen.Wire
{
    /// <summary>
    /// The shape every GenAuth answer has, <c>{ "statusCode": 200, "message", "apiCode", "requestId", "data" }</c>
    /// (the V2 API says <c>code</c>), and the rule that judges it, written once. The runtime reads it with
    /// Utf8JsonReader and the schema parser and the pull with our JsonNode (<c>EnvelopeReader</c>);
    /// all of them take the names and the success rule from here.
    /// </summary>
    internal static class GenAuthEnvelope
    {
        public const string StatusCode = "statusCode";

        /// <summary>The V2 API's name of the status; <see cref="StatusCode"/> wins when both are there.</summary>
        public const string V2Code = "code";

        public const string ApiCode = "apiCode";
        public const string Message = "message";
        public const string RequestId = "requestId";
        public const string Data = "data";

        /// <summary>The status of a success.</summary>
        public const int SuccessStatus = 200;

        /// <summary>Every member an envelope has: a root with any other member is not one.</summary>
        public static readonly string[] MemberNames = { StatusCode, V2Code, Message, ApiCode, RequestId, Data };

        /// <summary>
        /// Success means the status equals 200 as JavaScript reads the number (GenAuth's server and SDKs
        /// are JavaScript): <c>200</c>, <c>200.0</c>, <c>2e2</c>. Any other number (<c>500.0</c>, <c>5e2</c>,
        /// <c>200.5</c>, <c>-200</c>, <c>4294967496</c>) is a failure.
        /// </summary>
        public static bool IsSuccess(double status) => status == SuccessStatus;

        /// <summary><see cref="IsSuccess(double)"/> for the literal text of a JSON number.</summary>
        public static bool IsSuccess(string numberText) => TryReadNumber(numberText, out double status) && IsSuccess(status);

        /// <summary>
        /// The status (or <c>apiCode</c>) as a whole <see cref="int"/>, as JavaScript reads the number: <c>500.0</c>
        /// and <c>5e2</c> are 500; null for a number no <c>int</c> holds (<c>200.5</c>, <c>4294967496</c>, <c>1e400</c>).
        /// </summary>
        public static int? WholeNumber(string numberText) =>
            TryReadNumber(numberText, out double value) && value >= int.MinValue && value <= int.MaxValue && Math.Floor(value) == value
                ? (int)value
                : null;

        // A JSON number's text read as a double, as JSON.parse does; beyond the double range is no number.
        private static bool TryReadNumber(string numberText, out double value) =>
            double.TryParse(numberText, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value) && !double.IsNaN(value);
    }
}
