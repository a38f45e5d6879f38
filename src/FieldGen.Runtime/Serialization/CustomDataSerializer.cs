using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Reads GetCustomData payloads into generated classes and writes them back, without reflection.
    /// The generated classes also carry a <see cref="System.Text.Json.Serialization.JsonConverter"/>,
    /// so <see cref="JsonSerializer"/> and <c>HttpClient.GetFromJsonAsync</c> use the same code.
    /// </summary>
    public static class CustomDataSerializer
    {
        internal static readonly JsonReaderOptions ReaderOptions = new JsonReaderOptions { MaxDepth = 64 };

        /// <summary>Reads a GetCustomData response envelope, or just its <c>data</c> object.</summary>
        /// <exception cref="CustomDataFormatException">The payload cannot be read; the exception names the JSON path.</exception>
        /// <exception cref="GenAuthApiException">The envelope reports a failure.</exception>
        public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
            where T : ICustomData, new()
        {
            var reader = new Utf8JsonReader(CustomDataReader.SkipByteOrderMark(utf8Json), ReaderOptions);
            return Deserialize<T>(ref reader);
        }

        /// <inheritdoc cref="Deserialize{T}(ReadOnlySpan{byte})"/>
        public static T Deserialize<T>(string json)
            where T : ICustomData, new()
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            return Deserialize<T>(Encoding.UTF8.GetBytes(json));
        }

        /// <inheritdoc cref="Deserialize{T}(ReadOnlySpan{byte})"/>
        public static async Task<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
            where T : ICustomData, new()
        {
            if (utf8Json is null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            using var buffer = new MemoryStream();
            await utf8Json.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            return Deserialize<T>(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        /// <summary>Reads from a reader positioned before or at the payload's start object (used by the JSON converter).</summary>
        public static T Deserialize<T>(ref Utf8JsonReader reader)
            where T : ICustomData, new()
        {
            var result = new T();
            CustomDataReader.Read(ref reader, result);
            return result;
        }

        /// <summary>
        /// Writes the values as a data object (<c>{ "age": 18, "school": "pku" }</c>), unknown keys
        /// included, as JavaScript's <c>JSON.stringify</c> writes them whatever the writer's encoder.
        /// </summary>
        public static void Serialize(Utf8JsonWriter writer, ICustomData data)
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
            data.WriteFields(writer);
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

        /// <inheritdoc cref="Serialize(Utf8JsonWriter, ICustomData)"/>
        public static byte[] SerializeToUtf8Bytes(ICustomData data)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Serialize(writer, data);
            }

            return buffer.ToArray();
        }

        /// <inheritdoc cref="Serialize(Utf8JsonWriter, ICustomData)"/>
        public static string Serialize(ICustomData data) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(data));
    }
}
