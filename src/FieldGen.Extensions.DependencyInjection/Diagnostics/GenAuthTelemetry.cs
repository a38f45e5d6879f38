using System.Diagnostics;

namespace FieldGen.Client
{
    /// <summary>
    /// The <see cref="ActivitySource"/> of GenAuth calls: one activity per call (retries included), named
    /// <c>GenAuth get-custom-data</c> and so on. Add it to OpenTelemetry with
    /// <c>tracing.AddSource(GenAuthTelemetry.ActivitySourceName)</c>.
    /// </summary>
    public static class GenAuthTelemetry
    {
        /// <summary>The source name: <c>FieldGen.Client</c>.</summary>
        public const string ActivitySourceName = "FieldGen.Client";

        /// <summary>Tag: the GenAuth call, e.g. <c>get-custom-data</c>.</summary>
        public const string CallTag = "genauth.call";

        /// <summary>Tag: the envelope's <c>statusCode</c>.</summary>
        public const string StatusCodeTag = "genauth.status_code";

        /// <summary>Tag: the envelope's <c>apiCode</c> (failures only).</summary>
        public const string ApiCodeTag = "genauth.api_code";

        /// <summary>Tag: the envelope's <c>requestId</c>.</summary>
        public const string RequestIdTag = "genauth.request_id";

        internal static readonly ActivitySource Source = new ActivitySource(ActivitySourceName, "0.1.0");
    }
}
