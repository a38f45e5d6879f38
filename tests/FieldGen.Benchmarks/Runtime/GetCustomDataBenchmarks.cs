using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using FieldGen.Benchmarks.Dtos;
using FieldGen.Benchmarks.Fixtures;
using FieldGen.Benchmarks.Generated;
using Newtonsoft.Json.Linq;

namespace FieldGen.Benchmarks.Runtime
{
    /// <summary>
    /// Reading one getCustomData response (the whole envelope, as the API returns it) from UTF-8 bytes
    /// into something a program can use. Every contender starts from the same bytes. The baseline is the
    /// hand-written reader; the floor reads every token and builds nothing.
    /// </summary>
    [MemoryDiagnoser]
    public class GetCustomDataBenchmarks
    {
        private static readonly JsonSerializerOptions ReflectionOptions = new JsonSerializerOptions
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new JsonStringEnumConverter() },
        };

        private byte[] _payload = null!;

        [Params(10, 100, 1000)]
        public int Fields { get; set; }

        [GlobalSetup]
        public void Setup() => _payload = FixtureFiles.Payload(Fields);

        /// <summary>
        /// The typed limit, the baseline: the best reader a developer would write by hand for these fields
        /// (<c>Dtos/UserNHandWritten.g.cs</c>, written by <c>--write-fixtures</c>), no FieldGen runtime.
        /// </summary>
        [Benchmark(Baseline = true, Description = "hand-written reader (typed limit)")]
        public object HandWritten() => Fields switch
        {
            10 => User10HandWritten.Read(_payload),
            100 => User100HandWritten.Read(_payload),
            _ => User1000HandWritten.Read(_payload),
        };

        [Benchmark(Description = "Utf8JsonReader floor")]
        public int Floor()
        {
            var reader = new Utf8JsonReader(_payload);
            int tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens;
        }

        /// <summary>
        /// A second floor: the same pass that also turns every value into its type (strings allocated,
        /// decimals and dates parsed, ENUM matched on its bytes), knowing each key's type by position
        /// instead of looking it up. No reader that produces typed values can do less.
        /// </summary>
        [Benchmark(Description = "Utf8JsonReader + typed values")]
        public int TypedValueFloor()
        {
            var reader = new Utf8JsonReader(_payload);
            int checksum = 0;
            int index = 0;
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 2)
                {
                    continue;
                }

                reader.Read();
                switch ((FieldKind)(index++ % 5))
                {
                    case FieldKind.String:
                        checksum += reader.GetString()!.Length;
                        break;
                    case FieldKind.Number:
                        checksum += reader.TryGetDecimal(out decimal number) ? (int)number : 0;
                        break;
                    case FieldKind.DateTime:
                        checksum += reader.TryGetDateTimeOffset(out System.DateTimeOffset date) ? date.Second : 0;
                        break;
                    case FieldKind.Boolean:
                        checksum += reader.GetBoolean() ? 1 : 0;
                        break;
                    default:
                        checksum += reader.ValueTextEquals("gold"u8) ? 1 : reader.ValueTextEquals("silver"u8) ? 2 : 3;
                        break;
                }
            }

            return checksum;
        }

        [Benchmark(Description = "FieldGen FromUtf8Json")]
        public object FieldGenReader() => Fields switch
        {
            10 => User10CustomData.FromUtf8Json(_payload),
            100 => User100CustomData.FromUtf8Json(_payload),
            _ => User1000CustomData.FromUtf8Json(_payload),
        };

        [Benchmark(Description = "STJ source-gen DTO")]
        public object? StjSourceGen() => Fields switch
        {
            10 => JsonSerializer.Deserialize(_payload, BenchmarkJsonContext.Default.GetCustomDataResponseUser10Dto),
            100 => JsonSerializer.Deserialize(_payload, BenchmarkJsonContext.Default.GetCustomDataResponseUser100Dto),
            _ => JsonSerializer.Deserialize(_payload, BenchmarkJsonContext.Default.GetCustomDataResponseUser1000Dto),
        };

        [Benchmark(Description = "STJ reflection DTO")]
        public object? StjReflection() => Fields switch
        {
            10 => JsonSerializer.Deserialize<GetCustomDataResponse<User10Dto>>(_payload, ReflectionOptions),
            100 => JsonSerializer.Deserialize<GetCustomDataResponse<User100Dto>>(_payload, ReflectionOptions),
            _ => JsonSerializer.Deserialize<GetCustomDataResponse<User1000Dto>>(_payload, ReflectionOptions),
        };

        [Benchmark(Description = "STJ Dictionary<string, object>")]
        public object? StjDictionaryOfObject() =>
            JsonSerializer.Deserialize<GetCustomDataResponse<Dictionary<string, object>>>(_payload, ReflectionOptions);

        [Benchmark(Description = "STJ Dictionary<string, JsonElement>")]
        public object? StjDictionaryOfJsonElement() =>
            JsonSerializer.Deserialize<GetCustomDataResponse<Dictionary<string, JsonElement>>>(_payload, ReflectionOptions);

        /// <summary>What the official C# SDK does today: the body as a string, Newtonsoft into JObject, then a dictionary.</summary>
        [Benchmark(Description = "Newtonsoft JObject -> Dictionary")]
        public object? NewtonsoftJObject()
        {
            JObject envelope = JObject.Parse(Encoding.UTF8.GetString(_payload));
            return ((JObject)envelope["data"]!).ToObject<Dictionary<string, object>>();
        }
    }
}
