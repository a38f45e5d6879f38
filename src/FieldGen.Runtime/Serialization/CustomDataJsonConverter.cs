using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Lets <see cref="JsonSerializer"/> read a generated class from a GetCustomData response (envelope
    /// or data object) and write it as a data object. Applied to every generated class by attribute.
    /// </summary>
    public sealed class CustomDataJsonConverter<T> : JsonConverter<T>
        where T : class, ICustomData, new()
    {
        /// <inheritdoc />
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CustomDataSerializer.Deserialize<T>(ref reader);

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            CustomDataSerializer.Serialize(writer, value);
    }
}
