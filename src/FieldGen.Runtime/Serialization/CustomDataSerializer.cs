using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.GeneratedCodeSupport;
using FieldGen.Serialization;

namespace FieldGen
{
    /// <summary>
    /// Reads GetCustomData payloads into generated classes and writes them back, without reflection.
    /// The generated classes also carry a <see cref="System.Text.Json.Serialization.JsonConverter"/>,
    /// so <see cref="JsonSerializer"/> and <c>HttpClient.GetFromJsonAsync</c> use the same code.
    /// </summary>
    public static class CustomDataSerializer
    {
        internal static readonly JsonReaderOptions ReaderOptions = new JsonReaderOptions { MaxDepth = JsonValueDepth.MaxReaderDepth };

        /// <summary>
        /// Reads a GetCustomData response envelope, or just its <c>data</c> object. The root is the
        /// envelope when it has a numeric <c>statusCode</c> (V2: <c>code</c>) that is not a schema key,
        /// a <c>message</c> or <c>data</c> member, and no member an envelope does not have; otherwise it
        /// is the data object. Nothing but whitespace may follow the root.
        /// </summary>
        /// <exception cref="CustomDataFormatException">The payload cannot be read; the exception names the JSON path.</exception>
        /// <exception cref="GenAuthApiException">The envelope reports a failure.</exception>
        public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
            where T : CustomData, new() => ReadWhole<T>(utf8Json, PayloadForm.Detect);

        /// <inheritdoc cref="Deserialize{T}(ReadOnlySpan{byte})"/>
        public static T Deserialize<T>(string json)
            where T : CustomData, new() => ReadWhole<T>(Utf8(json), PayloadForm.Detect);

        /// <summary>
        /// Reads a GetCustomData response that is known to be the whole envelope: a numeric
        /// <c>statusCode</c> (or V2 <c>code</c>) is required, even one the schema has as a key, and root
        /// members the envelope does not define are ignored.
        /// </summary>
        /// <exception cref="CustomDataFormatException">The payload cannot be read or has no numeric status; the exception names the JSON path.</exception>
        /// <exception cref="GenAuthApiException">The envelope reports a failure.</exception>
        public static T DeserializeResponse<T>(ReadOnlySpan<byte> utf8Json)
            where T : CustomData, new() => ReadWhole<T>(utf8Json, PayloadForm.Envelope);

        /// <inheritdoc cref="DeserializeResponse{T}(ReadOnlySpan{byte})"/>
        public static T DeserializeResponse<T>(string json)
            where T : CustomData, new() => ReadWhole<T>(Utf8(json), PayloadForm.Envelope);

        /// <summary>
        /// Reads a data object (<c>{ "age": 18, "school": "pku" }</c>), never an envelope: every root member
        /// is a value, even <c>statusCode</c>, <c>message</c> or <c>data</c>. The generated
        /// <c>JsonConverter</c> reads this form when the class is nested in another type.
        /// </summary>
        /// <exception cref="CustomDataFormatException">The payload cannot be read; the exception names the JSON path.</exception>
        public static T DeserializeDataObject<T>(ReadOnlySpan<byte> utf8Json)
            where T : CustomData, new() => ReadWhole<T>(utf8Json, PayloadForm.DataObject);

        /// <inheritdoc cref="DeserializeDataObject{T}(ReadOnlySpan{byte})"/>
        public static T DeserializeDataObject<T>(string json)
            where T : CustomData, new() => ReadWhole<T>(Utf8(json), PayloadForm.DataObject);

        /// <inheritdoc cref="Deserialize{T}(ReadOnlySpan{byte})"/>
        public static async Task<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
            where T : CustomData, new()
        {
            if (utf8Json is null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            using var buffer = new MemoryStream();
            await utf8Json.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            return Deserialize<T>(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        /// <summary>
        /// Reads from a reader positioned before or at the payload's start object, telling the envelope
        /// from the data object as <see cref="Deserialize{T}(ReadOnlySpan{byte})"/> does; what follows the
        /// object is the caller's.
        /// </summary>
        public static T Deserialize<T>(ref Utf8JsonReader reader)
            where T : CustomData, new() => CustomDataReader.Read<T>(ref reader, PayloadForm.Detect);

        internal static T Deserialize<T>(ref Utf8JsonReader reader, PayloadForm form)
            where T : CustomData, new() => CustomDataReader.Read<T>(ref reader, form);

        private static T ReadWhole<T>(ReadOnlySpan<byte> utf8Json, PayloadForm form)
            where T : CustomData, new()
        {
            var reader = new Utf8JsonReader(CustomDataReader.SkipByteOrderMark(utf8Json), ReaderOptions);
            T result = CustomDataReader.Read<T>(ref reader, form);
            CustomDataReader.EnsureNothingFollows(ref reader, "payload");
            return result;
        }

        private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json)));

        /// <summary>
        /// Writes the values as a data object (<c>{ "age": 18, "school": "pku" }</c>), unknown keys
        /// included, as JavaScript's <c>JSON.stringify</c> writes them whatever the writer's encoder.
        /// </summary>
        public static void Serialize(Utf8JsonWriter writer, CustomData data)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            if (data is null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            writer.WriteStartObject();
            data.WriteFieldValues(new CustomDataFieldWriter(writer, data, itemOptions: null));
            foreach (var unknown in data.UnknownFields)
            {
                writer.WritePropertyName(JavaScriptJson.EncodeKey(unknown.Key));
                try
                {
                    CustomDataValueWriter.WriteRaw(writer, unknown.Value);
                }
                catch (CustomDataFormatException ex) when (ex.Path is null)
                {
                    throw new CustomDataFormatException($"The value of custom field '{unknown.Key}' cannot be written: {ex.Message}", JsonPath.Append("$", unknown.Key), null, null, ex);
                }
            }

            writer.WriteEndObject();
        }

        /// <inheritdoc cref="Serialize(Utf8JsonWriter, CustomData)"/>
        public static byte[] SerializeToUtf8Bytes(CustomData data)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Serialize(writer, data);
            }

            return buffer.ToArray();
        }

        /// <inheritdoc cref="Serialize(Utf8JsonWriter, CustomData)"/>
        public static string Serialize(CustomData data) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(data));
    }
}
