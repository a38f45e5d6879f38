using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace FieldGen.Benchmarks.Dtos
{
    /// <summary>The getCustomData response envelope, hand-written: what a System.Text.Json user declares.</summary>
    public sealed class GetCustomDataResponse<TData>
    {
        [JsonPropertyName("statusCode")]
        public int StatusCode { get; set; }

        [JsonPropertyName("message")]
        public string? Message { get; set; }

        [JsonPropertyName("apiCode")]
        public int? ApiCode { get; set; }

        [JsonPropertyName("requestId")]
        public string? RequestId { get; set; }

        [JsonPropertyName("data")]
        public TData? Data { get; set; }
    }

    /// <summary>The setCustomData body with native JSON values (<c>"value": 18</c>), as the GenAuth docs show.</summary>
    public sealed class SetCustomDataRequestDto
    {
        [JsonPropertyName("targetType")]
        public string TargetType { get; set; } = "USER";

        [JsonPropertyName("targetIdentifier")]
        public string TargetIdentifier { get; set; } = string.Empty;

        [JsonPropertyName("list")]
        public List<SetCustomDataItemDto> List { get; set; } = new List<SetCustomDataItemDto>();
    }

    /// <summary>One <c>{ "key", "value" }</c> item; the value is boxed (string, decimal, bool or DateTimeOffset).</summary>
    public sealed class SetCustomDataItemDto
    {
        [JsonPropertyName("key")]
        public string Key { get; set; } = string.Empty;

        [JsonPropertyName("value")]
        public object? Value { get; set; }
    }

    /// <summary>The setCustomData body as the generated official SDKs type it: every value a string.</summary>
    public sealed class SetCustomDataStringRequestDto
    {
        [JsonPropertyName("targetType")]
        public string TargetType { get; set; } = "USER";

        [JsonPropertyName("targetIdentifier")]
        public string TargetIdentifier { get; set; } = string.Empty;

        [JsonPropertyName("list")]
        public List<SetCustomDataStringItemDto> List { get; set; } = new List<SetCustomDataStringItemDto>();
    }

    /// <summary>One item with a string value.</summary>
    public sealed class SetCustomDataStringItemDto
    {
        [JsonPropertyName("key")]
        public string Key { get; set; } = string.Empty;

        [JsonPropertyName("value")]
        public string? Value { get; set; }
    }
}
