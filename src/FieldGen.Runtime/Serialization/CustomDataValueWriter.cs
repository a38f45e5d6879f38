using System;
using System.Globalization;
using System.Text.Json;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Writes custom-field values: as members of a data object (<c>"age": 18</c>) for round trips,
    /// and as setCustomData list items (<c>{ "key": "age", "value": 18 }</c>). Native JSON per data
    /// type by default; <see cref="CustomDataWriteOptions.ValuesAsStrings"/> sends strings, as the
    /// generated official SDKs do. DATETIME is ISO 8601 either way (no V3 source fixes its form).
    /// Every value is written as JavaScript's <c>JSON.stringify</c> writes it (see <see cref="JavaScriptJson"/>),
    /// whatever the writer's encoder, so the server rebuilds the same text its signature covers.
    /// </summary>
    internal static class CustomDataValueWriter
    {
        private static readonly JsonEncodedText KeyName = JsonEncodedText.Encode("key");
        private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");

        /// <summary>A field key pre-encoded for the generated code's writers, as <c>JSON.stringify</c> writes it.</summary>
        public static JsonEncodedText EncodeKey(string key) => JavaScriptJson.EncodeKey(key);

        /// <summary>Writes a STRING member.</summary>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, string value) => JavaScriptJson.WriteString(writer, key, value);

        /// <summary>Writes a NUMBER member.</summary>
        /// <exception cref="CustomDataFormatException">The value is NaN or infinite, which JSON cannot carry.</exception>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, double value)
        {
            RequireFinite(key, value);
            JavaScriptJson.WriteNumber(writer, key, value);
        }

        /// <summary>Writes a BOOLEAN member.</summary>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, bool value) => writer.WriteBoolean(key, value);

        /// <summary>Writes a DATETIME member.</summary>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, DateTimeOffset value)
        {
            writer.WritePropertyName(key);
            WriteDateTime(writer, value);
        }

        /// <summary>Writes a raw JSON member.</summary>
        /// <exception cref="CustomDataFormatException">The value holds a number beyond a double's range.</exception>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, JsonElement value)
        {
            writer.WritePropertyName(key);
            try
            {
                WriteRaw(writer, value);
            }
            catch (CustomDataFormatException ex) when (ex.Path is null)
            {
                throw new CustomDataFormatException($"The value of custom field '{key}' cannot be written: {ex.Message}", JsonPath.Append("$", key.ToString()), null, null, ex);
            }
        }

        /// <summary>
        /// Writes a raw value as JavaScript would re-stringify it. JsonElement.WriteTo would escape with
        /// the writer's encoder, and throws for text the reader accepted (a lone surrogate such as "\ud800").
        /// A value nested deeper than FieldGen reads is refused, so what it writes always reads back.
        /// </summary>
        internal static void WriteRaw(Utf8JsonWriter writer, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
                return;
            }

            JsonValueDepth.ThrowIfTooDeepToWrite(value);
            JavaScriptJson.WriteElement(writer, value);
        }

        /// <summary>Writes a STRING list item (null clears the key).</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, string? value)
        {
            StartItem(writer, key);
            if (value is null)
            {
                writer.WriteNull(ValueName);
            }
            else
            {
                JavaScriptJson.WriteString(writer, ValueName, value);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a NUMBER list item.</summary>
        /// <exception cref="CustomDataFormatException">The value is NaN or infinite: it cannot be sent faithfully, so nothing is sent.</exception>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, double? value, CustomDataWriteOptions options)
        {
            if (value is double finite)
            {
                RequireFinite(key, finite);
            }

            StartItem(writer, key);
            if (value is not double number)
            {
                writer.WriteNull(ValueName);
            }
            else if (options.ValuesAsStrings)
            {
                JavaScriptJson.WriteNumberAsString(writer, ValueName, number);
            }
            else
            {
                JavaScriptJson.WriteNumber(writer, ValueName, number);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a BOOLEAN list item.</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, bool? value, CustomDataWriteOptions options)
        {
            StartItem(writer, key);
            if (value is not bool flag)
            {
                writer.WriteNull(ValueName);
            }
            else if (options.ValuesAsStrings)
            {
                JavaScriptJson.WriteString(writer, ValueName, flag ? "true" : "false");
            }
            else
            {
                writer.WriteBoolean(ValueName, flag);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a DATETIME list item.</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, DateTimeOffset? value)
        {
            StartItem(writer, key);
            if (value is DateTimeOffset date)
            {
                writer.WritePropertyName(ValueName);
                WriteDateTime(writer, date);
            }
            else
            {
                writer.WriteNull(ValueName);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a raw JSON list item (OBJECT fields, unknown data types, unknown keys).</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, JsonElement? value, CustomDataWriteOptions options)
        {
            StartItem(writer, key);
            writer.WritePropertyName(ValueName);
            try
            {
                WriteJsonValue(writer, value, options);
            }
            catch (CustomDataFormatException ex) when (ex.Path is null)
            {
                throw new CustomDataFormatException($"The value of custom field '{key}' cannot be sent: {ex.Message}", "$.list", null, null, ex);
            }

            writer.WriteEndObject();
        }

        internal static void WriteItem(Utf8JsonWriter writer, string key, JsonElement value, CustomDataWriteOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(KeyName);
            JavaScriptJson.WriteString(writer, key);
            writer.WritePropertyName(ValueName);
            try
            {
                WriteJsonValue(writer, value, options);
            }
            catch (CustomDataFormatException ex) when (ex.Path is null)
            {
                throw new CustomDataFormatException($"The value of custom field '{key}' cannot be sent: {ex.Message}", "$.list", null, null, ex);
            }

            writer.WriteEndObject();
        }

        private static void WriteJsonValue(Utf8JsonWriter writer, JsonElement? value, CustomDataWriteOptions options)
        {
            if (value is not JsonElement element || element.ValueKind == JsonValueKind.Null || element.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
            }
            else if (options.ValuesAsStrings && element.ValueKind != JsonValueKind.String)
            {
                JavaScriptJson.WriteString(writer, System.Text.Encoding.UTF8.GetString(JavaScriptJson.Restringify(element)));
            }
            else
            {
                WriteRaw(writer, element);
            }
        }

        // The value's name is written with the value: one writer call where the writer's own text is JavaScript's.
        private static void StartItem(Utf8JsonWriter writer, JsonEncodedText key)
        {
            writer.WriteStartObject();
            writer.WriteString(KeyName, key);
        }

        private static void RequireFinite(JsonEncodedText key, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new CustomDataFormatException($"The NUMBER value of custom field '{key}' is {value.ToString(CultureInfo.InvariantCulture)}, which JSON cannot carry (JSON.stringify would send null); nothing was written.", JsonPath.Append("$", key.ToString()), null, null);
            }
        }

        private static void WriteDateTime(Utf8JsonWriter writer, DateTimeOffset value)
        {
            // UTC is written with a 'Z', as GenAuth itself writes createdAt; other offsets are kept.
            if (value.Offset == TimeSpan.Zero)
            {
                writer.WriteStringValue(value.UtcDateTime);
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }
    }
}
