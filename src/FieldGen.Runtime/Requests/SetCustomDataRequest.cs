using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FieldGen.GeneratedCodeSupport;
using FieldGen.Serialization;

namespace FieldGen
{
    /// <summary>
    /// The body of <c>POST /api/v3/set-custom-data</c> for one object: <c>targetType</c>,
    /// <c>targetIdentifier</c>, optional <c>namespace</c> and <c>tenantId</c>, and a <c>list</c> holding
    /// only the keys the caller set or cleared (setCustomData updates listed keys only). Serializes
    /// itself through <see cref="JsonSerializer"/> too, so <c>HttpClient.PostAsJsonAsync</c> works.
    /// </summary>
    [JsonConverter(typeof(SetCustomDataRequestJsonConverter))]
    public sealed class SetCustomDataRequest
    {
        private static readonly JsonEncodedText TargetTypeName = JsonEncodedText.Encode("targetType");
        private static readonly JsonEncodedText TargetIdentifierName = JsonEncodedText.Encode("targetIdentifier");
        private static readonly JsonEncodedText NamespaceName = JsonEncodedText.Encode("namespace");
        private static readonly JsonEncodedText TenantIdName = JsonEncodedText.Encode("tenantId");
        private static readonly JsonEncodedText ListName = JsonEncodedText.Encode("list");

        /// <summary>Creates the request for the object <paramref name="targetIdentifier"/> (a user's ID, a role's or group's code, a department's ID).</summary>
        public SetCustomDataRequest(CustomData data, string targetIdentifier)
        {
            Data = data ?? throw new ArgumentNullException(nameof(data));
            TargetIdentifier = string.IsNullOrEmpty(targetIdentifier)
                ? throw new ArgumentException("A target identifier is required.", nameof(targetIdentifier))
                : targetIdentifier;
        }

        /// <summary>
        /// Reads a setCustomData request body into the generated class <typeparamref name="T"/>: every
        /// listed key is marked changed (so <see cref="ToJson"/> lists the same keys again), keys the
        /// schema does not know are kept, and a body whose values are all strings is written back that way.
        /// </summary>
        /// <exception cref="CustomDataFormatException">The body cannot be read, is for another target type, or lacks targetIdentifier or list; the exception names the JSON path (e.g. <c>$.list[2].value</c>).</exception>
        public static SetCustomDataRequest FromUtf8Json<T>(ReadOnlySpan<byte> utf8Json)
            where T : CustomData, new() => SetCustomDataRequestReader.Read<T>(utf8Json);

        /// <inheritdoc cref="FromUtf8Json{T}(ReadOnlySpan{byte})"/>
        public static SetCustomDataRequest FromJson<T>(string json)
            where T : CustomData, new() => SetCustomDataRequestReader.Read<T>(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

        /// <summary>The most list items GenAuth accepts in one setCustomData call, as its docs state.</summary>
        public const int MaxItemsPerRequest = 50;

        // Set on the requests ToBatches returns: the changed items this one sends, already written.
        private List<byte[]>? _batchItems;

        /// <summary>The typed values; only the changed keys are sent.</summary>
        public CustomData Data { get; }

        /// <summary>The kind of object, taken from <see cref="Data"/>.</summary>
        public CustomFieldTarget TargetType => Data.TargetType;

        /// <summary>The object's identifier.</summary>
        public string TargetIdentifier { get; }

        /// <summary>The permission space code that scopes a ROLE (e.g. <c>default</c>); omitted when null.</summary>
        public string? Namespace { get; set; }

        /// <summary>The tenant; omitted when null.</summary>
        public string? TenantId { get; set; }

        /// <summary>How values are written; <see cref="CustomDataWriteOptions.Default"/> sends native JSON.</summary>
        public CustomDataWriteOptions WriteOptions { get; set; } = CustomDataWriteOptions.Default;

        /// <summary>
        /// Writes the request body, as JavaScript's <c>JSON.stringify</c> writes it whatever the writer's
        /// encoder (non-ASCII as is, shortest numbers), so the body equals <c>JSON.stringify(JSON.parse(body))</c>.
        /// </summary>
        /// <exception cref="CustomDataFormatException">A value cannot be sent faithfully (a NaN or infinite NUMBER); the message names the key.</exception>
        public void WriteTo(Utf8JsonWriter writer)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            writer.WriteStartObject();
            JavaScriptJson.WriteString(writer, TargetTypeName, TargetType.ToWireValue());
            JavaScriptJson.WriteString(writer, TargetIdentifierName, TargetIdentifier);
            if (Namespace is not null)
            {
                JavaScriptJson.WriteString(writer, NamespaceName, Namespace);
            }

            if (TenantId is not null)
            {
                JavaScriptJson.WriteString(writer, TenantIdName, TenantId);
            }

            writer.WriteStartArray(ListName);
            if (_batchItems is null)
            {
                WriteAllItems(writer);
            }
            else
            {
                foreach (byte[] item in _batchItems)
                {
                    writer.WriteRawValue(item, skipInputValidation: true);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        /// <summary>
        /// Splits the changed keys into requests of at most <paramref name="maxItemsPerRequest"/> items
        /// (GenAuth caps a call at 50), for the same object, namespace, tenant and write options. With no
        /// changes the list holds one request with an empty list.
        /// </summary>
        public IReadOnlyList<SetCustomDataRequest> ToBatches(int maxItemsPerRequest = MaxItemsPerRequest)
        {
            if (maxItemsPerRequest < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxItemsPerRequest), maxItemsPerRequest, "A request holds at least one item.");
            }

            List<byte[]> items = ChangedItems();
            var batches = new List<SetCustomDataRequest>();
            for (int first = 0; first < Math.Max(items.Count, 1); first += maxItemsPerRequest)
            {
                batches.Add(new SetCustomDataRequest(Data, TargetIdentifier)
                {
                    Namespace = Namespace,
                    TenantId = TenantId,
                    WriteOptions = WriteOptions,
                    _batchItems = items.GetRange(first, Math.Min(maxItemsPerRequest, items.Count - first)),
                });
            }

            return batches;
        }

        private void WriteAllItems(Utf8JsonWriter writer)
        {
            Data.WriteFieldValues(new CustomDataFieldWriter(writer, Data, WriteOptions));
            foreach (var unknown in Data.UnknownFields)
            {
                if (Data.UnknownFields.IsChanged(unknown.Key))
                {
                    CustomDataValueWriter.WriteItem(writer, unknown.Key, unknown.Value, WriteOptions);
                }
            }
        }

        // Each changed item as its JSON bytes: the slow path, only for requests split into batches.
        private List<byte[]> ChangedItems()
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartArray();
                WriteAllItems(writer);
                writer.WriteEndArray();
            }

            using JsonDocument list = JsonDocument.Parse(buffer.ToArray());
            var items = new List<byte[]>();
            foreach (JsonElement item in list.RootElement.EnumerateArray())
            {
                items.Add(Encoding.UTF8.GetBytes(item.GetRawText()));
            }

            return items;
        }

        /// <summary>
        /// The body's top-level values as a GenAuth request signature covers them, rendered as
        /// JavaScript renders a value in a string: a string bare, the list as <c>JSON.stringify</c>
        /// writes it. Taken from <paramref name="utf8Body"/>, the bytes <see cref="ToUtf8Bytes"/> gave,
        /// so the signature covers exactly what is sent.
        /// </summary>
        public static IReadOnlyList<KeyValuePair<string, string>> SignedParameters(ReadOnlySpan<byte> utf8Body) => JavaScriptJson.TopLevelValues(utf8Body);

        /// <summary>The request body as UTF-8 JSON.</summary>
        public byte[] ToUtf8Bytes()
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteTo(writer);
            }

            return buffer.ToArray();
        }

        /// <summary>The request body as JSON text.</summary>
        public string ToJson() => Encoding.UTF8.GetString(ToUtf8Bytes());

        /// <inheritdoc cref="ToJson"/>
        public override string ToString() => ToJson();
    }

    /// <summary>Writes a <see cref="SetCustomDataRequest"/> as its request body (write only).</summary>
    internal sealed class SetCustomDataRequestJsonConverter : JsonConverter<SetCustomDataRequest>
    {
        /// <inheritdoc />
        public override SetCustomDataRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A SetCustomDataRequest is written, not read; read GetCustomData responses into the generated class instead.");

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, SetCustomDataRequest value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
