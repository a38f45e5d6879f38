using System;
using System.Text.Json.Serialization;

namespace FieldGen.Benchmarks.Dtos
{
    /// <summary>
    /// System.Text.Json source generation for the hand-written classes: the strongest System.Text.Json
    /// contender. The boxed value types are listed so <see cref="SetCustomDataItemDto.Value"/> resolves
    /// without reflection.
    /// </summary>
    [JsonSourceGenerationOptions(UseStringEnumConverter = true)]
    [JsonSerializable(typeof(GetCustomDataResponse<User10Dto>))]
    [JsonSerializable(typeof(GetCustomDataResponse<User100Dto>))]
    [JsonSerializable(typeof(GetCustomDataResponse<User1000Dto>))]
    [JsonSerializable(typeof(SetCustomDataRequestDto))]
    [JsonSerializable(typeof(SetCustomDataStringRequestDto))]
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(decimal))]
    [JsonSerializable(typeof(bool))]
    [JsonSerializable(typeof(DateTimeOffset))]
    internal sealed partial class BenchmarkJsonContext : JsonSerializerContext
    {
    }
}
