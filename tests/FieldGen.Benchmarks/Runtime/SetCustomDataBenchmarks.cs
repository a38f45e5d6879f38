using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FieldGen.Benchmarks.Dtos;
using FieldGen.Benchmarks.Generated;
using FieldGen;
using JsonConvert = Newtonsoft.Json.JsonConvert;
using JsonSerializerSettings = Newtonsoft.Json.JsonSerializerSettings;
using Newtonsoft.Json.Serialization;

namespace FieldGen.Benchmarks.Runtime
{
    /// <summary>
    /// Writing one setCustomData body with every field changed. All System.Text.Json contenders write to
    /// the same reused <see cref="Utf8JsonWriter"/> and buffer, so only serialization is measured; the
    /// DTO lists are built beforehand (building them would only add to the baselines).
    /// </summary>
    [MemoryDiagnoser]
    public class SetCustomDataBenchmarks
    {
        private static readonly JsonSerializerSettings NewtonsoftSettings = new JsonSerializerSettings
        {
            ContractResolver = new CamelCasePropertyNamesContractResolver(),
        };

        private readonly ArrayBufferWriter<byte> _buffer = new ArrayBufferWriter<byte>(1 << 17);
        private Utf8JsonWriter _writer = null!;
        private Utf8JsonWriter _relaxedWriter = null!;
        private object _handWritten = null!;
        private CustomData _data = null!;
        private SetCustomDataRequestDto _objectValues = null!;
        private SetCustomDataStringRequestDto _stringValues = null!;

        [Params(10, 100, 1000)]
        public int Fields { get; set; }

        /// <summary>
        /// <c>fixture</c>: the payload's values (printable ASCII and Chinese). <c>escapes</c>: every STRING
        /// value also holds quotes, a backslash, a newline, a tab and HTML-sensitive characters, which
        /// FieldGen encodes itself (see <see cref="CustomDataFactory.Fields"/>).
        /// </summary>
        [Params("fixture", CustomDataFactory.EscapedStrings)]
        public string Strings { get; set; } = "fixture";

        [GlobalSetup]
        public void Setup()
        {
            _writer = new Utf8JsonWriter(_buffer);
            _relaxedWriter = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _handWritten = CustomDataFactory.HandWritten(Fields, Strings);
            _data = CustomDataFactory.ReadAllChanged(Fields, Strings);
            _objectValues = CustomDataFactory.ObjectValues(Fields, Strings);
            _stringValues = CustomDataFactory.StringValues(Fields, Strings);
        }

        /// <summary>
        /// The typed limit, the baseline: the best writer a developer would write by hand
        /// (<c>Dtos/UserNHandWritten.g.cs</c>), pre-encoded keys through a <see cref="Utf8JsonWriter"/> whose
        /// encoder leaves non-ASCII as is. For the fixture's values (printable ASCII and Chinese) that is
        /// byte for byte what FieldGen writes (<c>--check</c> compares), without the escaping work FieldGen
        /// must do to match <c>JSON.stringify</c> for any string.
        /// </summary>
        [Benchmark(Baseline = true, Description = "hand-written writer (typed limit)")]
        public int HandWritten()
        {
            _buffer.ResetWrittenCount();
            _relaxedWriter.Reset(_buffer);
            switch (_handWritten)
            {
                case User10HandWritten data: data.WriteSetCustomData(_relaxedWriter, CustomDataFactory.TargetIdentifier); break;
                case User100HandWritten data: data.WriteSetCustomData(_relaxedWriter, CustomDataFactory.TargetIdentifier); break;
                default: ((User1000HandWritten)_handWritten).WriteSetCustomData(_relaxedWriter, CustomDataFactory.TargetIdentifier); break;
            }

            return Flush(_relaxedWriter);
        }

        [Benchmark(Description = "STJ source-gen DTO list (object values)")]
        public int StjObjectValues()
        {
            Utf8JsonWriter writer = Reset();
            JsonSerializer.Serialize(writer, _objectValues, BenchmarkJsonContext.Default.SetCustomDataRequestDto);
            return Flush(writer);
        }

        [Benchmark(Description = "STJ source-gen DTO list (string values)")]
        public int StjStringValues()
        {
            Utf8JsonWriter writer = Reset();
            JsonSerializer.Serialize(writer, _stringValues, BenchmarkJsonContext.Default.SetCustomDataStringRequestDto);
            return Flush(writer);
        }

        [Benchmark(Description = "FieldGen ToSetCustomDataRequest.WriteTo")]
        public int FieldGenNative()
        {
            Utf8JsonWriter writer = Reset();
            Request(valuesAsStrings: false).WriteTo(writer);
            return Flush(writer);
        }

        [Benchmark(Description = "FieldGen ... WriteTo (valuesAsStrings)")]
        public int FieldGenStrings()
        {
            Utf8JsonWriter writer = Reset();
            Request(valuesAsStrings: true).WriteTo(writer);
            return Flush(writer);
        }

        /// <summary>What the official C# SDK does today: Newtonsoft.Json to a string.</summary>
        [Benchmark(Description = "Newtonsoft DTO list (string values)")]
        public int NewtonsoftStringValues() => JsonConvert.SerializeObject(_stringValues, NewtonsoftSettings).Length;

        // The generated method, as a user calls it; the switch costs a nanosecond next to microseconds.
        private SetCustomDataRequest Request(bool valuesAsStrings) => _data switch
        {
            User10CustomData data => data.ToSetCustomDataRequest(CustomDataFactory.TargetIdentifier, valuesAsStrings: valuesAsStrings),
            User100CustomData data => data.ToSetCustomDataRequest(CustomDataFactory.TargetIdentifier, valuesAsStrings: valuesAsStrings),
            _ => ((User1000CustomData)_data).ToSetCustomDataRequest(CustomDataFactory.TargetIdentifier, valuesAsStrings: valuesAsStrings),
        };

        /// <summary>What the last benchmark call wrote (for --check).</summary>
        internal ReadOnlySpan<byte> WrittenBytes() => _buffer.WrittenSpan;

        private Utf8JsonWriter Reset()
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            return _writer;
        }

        private static int Flush(Utf8JsonWriter writer)
        {
            writer.Flush();
            return (int)writer.BytesCommitted;
        }
    }
}
