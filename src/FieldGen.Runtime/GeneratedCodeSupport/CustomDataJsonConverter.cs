using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using FieldGen.Serialization;

namespace FieldGen.GeneratedCodeSupport
{
    /// <summary>
    /// Lets <see cref="JsonSerializer"/> read a generated class and write it as a data object. Applied to
    /// every generated class by attribute. As the root of the JSON (<c>GetFromJsonAsync</c> on a
    /// GetCustomData response) it reads the envelope or the data object, told apart as
    /// <see cref="CustomDataSerializer.Deserialize{T}(ReadOnlySpan{byte})"/> does; nested in another type
    /// (the <c>customData</c> of a user DTO, a list) the value is always a data object, never an envelope.
    /// </summary>
    /// <typeparam name="T">The generated class.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CustomDataJsonConverter<T> : JsonConverter<T>
        where T : CustomData, new()
    {
        /// <inheritdoc />
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CustomDataSerializer.Deserialize<T>(ref reader, reader.CurrentDepth == 0 ? PayloadForm.Detect : PayloadForm.DataObject);

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            CustomDataSerializer.Serialize(writer, value);
    }
}
