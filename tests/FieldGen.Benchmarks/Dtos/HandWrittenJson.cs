using System;
using System.Text.Json;

namespace FieldGen.Benchmarks.Dtos
{
    /// <summary>
    /// The few helpers the hand-written readers and writers (<c>UserNHandWritten.g.cs</c>) share: what a
    /// developer who tuned a System.Text.Json reader by hand would factor out. No FieldGen runtime.
    /// </summary>
    /// <remarks>
    /// The readers assign through <c>ref</c> so the big per-class switch holds no nullable-struct
    /// temporaries, and every case is one call: at 1,000 cases the JIT still optimizes the method
    /// (it gives up on methods of more than about 2,000 basic blocks, as FieldGen's first reader did).
    /// </remarks>
    internal static class HandWrittenJson
    {
        /// <summary>FNV-1a over the key's UTF-8 bytes: the value the generated key switch is on.</summary>
        public static uint Hash(ReadOnlySpan<byte> key)
        {
            uint hash = 2166136261;
            foreach (byte b in key)
            {
                hash = (hash ^ b) * 16777619;
            }

            return hash;
        }

        /// <summary>The key's index when it is <paramref name="candidate"/>, else -1 (a hash collision or an unknown key).</summary>
        public static int Match(ReadOnlySpan<byte> key, byte[] candidate, int index) => key.SequenceEqual(candidate) ? index : -1;

        /// <summary>The current property name's unescaped bytes (escaped names are rare; they are copied).</summary>
        public static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                return reader.ValueSpan;
            }

            byte[] unescaped = new byte[reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length];
            return unescaped.AsSpan(0, reader.CopyString(unescaped));
        }

        public static void Read(ref Utf8JsonReader reader, ref string? field) => field = reader.GetString();

        public static void Read(ref Utf8JsonReader reader, ref double? field) =>
            field = reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

        public static void Read(ref Utf8JsonReader reader, ref bool? field) =>
            field = reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();

        public static void Read(ref Utf8JsonReader reader, ref DateTimeOffset? field) =>
            field = reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();

        public static void Read(ref Utf8JsonReader reader, ref TierOption? field)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                field = null;
            }
            else if (reader.ValueTextEquals("gold"u8))
            {
                field = TierOption.Gold;
            }
            else if (reader.ValueTextEquals("silver"u8))
            {
                field = TierOption.Silver;
            }
            else if (reader.ValueTextEquals("bronze"u8))
            {
                field = TierOption.Bronze;
            }
            else if (reader.ValueTextEquals("platinum"u8))
            {
                field = TierOption.Platinum;
            }
            else
            {
                throw new JsonException("Not an option of TierOption: " + reader.GetString());
            }
        }

        public static readonly JsonEncodedText KeyName = JsonEncodedText.Encode("key");
        public static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText TargetTypeName = JsonEncodedText.Encode("targetType");
        public static readonly JsonEncodedText TargetIdentifierName = JsonEncodedText.Encode("targetIdentifier");
        public static readonly JsonEncodedText ListName = JsonEncodedText.Encode("list");
        public static readonly JsonEncodedText User = JsonEncodedText.Encode("USER");

        private static readonly JsonEncodedText[] OptionText =
        {
            JsonEncodedText.Encode("gold"),
            JsonEncodedText.Encode("silver"),
            JsonEncodedText.Encode("bronze"),
            JsonEncodedText.Encode("platinum"),
        };

        /// <summary>Starts the setCustomData body up to the list's <c>[</c>.</summary>
        public static void StartBody(Utf8JsonWriter writer, string targetIdentifier)
        {
            writer.WriteStartObject();
            writer.WriteString(TargetTypeName, User);
            writer.WriteString(TargetIdentifierName, targetIdentifier);
            writer.WriteStartArray(ListName);
        }

        public static void EndBody(Utf8JsonWriter writer)
        {
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        // One item each; the writer's encoder (UnsafeRelaxedJsonEscaping) leaves the fixture's
        // non-ASCII as is, as JSON.stringify does.
        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, string value)
        {
            writer.WriteStartObject();
            writer.WriteString(KeyName, key);
            writer.WriteString(ValueName, value);
            writer.WriteEndObject();
        }

        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, double value)
        {
            writer.WriteStartObject();
            writer.WriteString(KeyName, key);
            writer.WriteNumber(ValueName, value);
            writer.WriteEndObject();
        }

        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, bool value)
        {
            writer.WriteStartObject();
            writer.WriteString(KeyName, key);
            writer.WriteBoolean(ValueName, value);
            writer.WriteEndObject();
        }

        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, DateTimeOffset value)
        {
            writer.WriteStartObject();
            writer.WriteString(KeyName, key);
            if (value.Offset == TimeSpan.Zero)
            {
                writer.WriteString(ValueName, value.UtcDateTime); // "...Z", as GenAuth writes createdAt
            }
            else
            {
                writer.WriteString(ValueName, value);
            }

            writer.WriteEndObject();
        }

        public static void WriteItem(Utf8JsonWriter writer, JsonEncodedText key, TierOption value)
        {
            writer.WriteStartObject();
            writer.WriteString(KeyName, key);
            writer.WriteString(ValueName, OptionText[(int)value]);
            writer.WriteEndObject();
        }
    }
}
