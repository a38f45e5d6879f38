using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Writes custom-field values: as members of a data object (<c>"age": 18</c>) for round trips,
    /// and as setCustomData list items (<c>{ "key": "age", "value": 18 }</c>). Native JSON per data
    /// type by default; <see cref="CustomDataWriteOptions.ValuesAsStrings"/> sends strings, as the
    /// generated official SDKs do. DATETIME is ISO 8601 either way (no V3 source fixes its form).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CustomDataValueWriter
    {
        private static readonly JsonEncodedText KeyName = JsonEncodedText.Encode("key");
        private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");

        /// <summary>Writes a STRING member.</summary>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, string value) => writer.WriteString(key, value);

        /// <summary>Writes a NUMBER member.</summary>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, decimal value) => writer.WriteNumber(key, value);

        /// <summary>Writes a BOOLEAN member.</summary>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, bool value) => writer.WriteBoolean(key, value);

        /// <summary>Writes a DATETIME member.</summary>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, DateTimeOffset value)
        {
            writer.WritePropertyName(key);
            WriteDateTime(writer, value);
        }

        /// <summary>Writes a raw JSON member.</summary>
        public static void WriteMember(Utf8JsonWriter writer, JsonEncodedText key, JsonElement value)
        {
            writer.WritePropertyName(key);
            WriteRaw(writer, value);
        }

        /// <summary>
        /// Writes a value exactly as it was read. JsonElement.WriteTo would unescape and re-escape
        /// strings, which throws for text the reader accepted (a lone surrogate such as "\ud800").
        /// A value nested deeper than FieldGen reads is refused, so what it writes always reads back.
        /// </summary>
        internal static void WriteRaw(Utf8JsonWriter writer, JsonElement value)
        {
            JsonValueDepth.ThrowIfTooDeepToWrite(value);
            writer.WriteRawValue(value.GetRawText(), skipInputValidation: value.ValueKind != JsonValueKind.Undefined);
        }

        /// <summary>Writes a STRING list item (null clears the key).</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, string? value)
        {
            StartItem(writer, key);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a NUMBER list item.</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, decimal? value, CustomDataWriteOptions options)
        {
            StartItem(writer, key);
            if (value is not decimal number)
            {
                writer.WriteNullValue();
            }
            else if (options.ValuesAsStrings)
            {
                writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNumberValue(number);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a BOOLEAN list item.</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, bool? value, CustomDataWriteOptions options)
        {
            StartItem(writer, key);
            if (value is not bool flag)
            {
                writer.WriteNullValue();
            }
            else if (options.ValuesAsStrings)
            {
                writer.WriteStringValue(flag ? "true" : "false");
            }
            else
            {
                writer.WriteBooleanValue(flag);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a DATETIME list item.</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, DateTimeOffset? value)
        {
            StartItem(writer, key);
            if (value is DateTimeOffset date)
            {
                WriteDateTime(writer, date);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a raw JSON list item (OBJECT fields, unknown data types, unknown keys).</summary>
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, JsonElement? value, CustomDataWriteOptions options)
        {
            StartItem(writer, key);
            WriteJsonValue(writer, value, options);
            writer.WriteEndObject();
        }

        internal static void WriteItem(Utf8JsonWriter writer, string key, JsonElement value, CustomDataWriteOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString(KeyName, key);
            writer.WritePropertyName(ValueName);
            WriteJsonValue(writer, value, options);
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
                writer.WriteStringValue(element.GetRawText());
            }
            else
            {
                WriteRaw(writer, element);
            }
        }

        private static void StartItem(Utf8JsonWriter writer, JsonEncodedText key)
        {
            writer.WriteStartObject();
            writer.WriteString(KeyName, key);
            writer.WritePropertyName(ValueName);
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
