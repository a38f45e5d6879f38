using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using FieldGen.Serialization;

namespace FieldGen
{
    /// <summary>
    /// Values whose key the schema does not know (a field added on the server later, or one not
    /// exported). They are read as raw JSON, written back unchanged, and may be set by key, which
    /// is the untyped escape hatch for fields the schema file does not have yet. A key the schema does
    /// know is never held here: setting one sets its typed property (analyzer FG1004 points at the
    /// property to use instead).
    /// </summary>
    public sealed class UnknownCustomFields : IReadOnlyDictionary<string, JsonElement>
    {
        private readonly CustomData _owner;

        // A list keeps file order, so a read-write round trip writes keys in the order they came.
        private readonly List<KeyValuePair<string, JsonElement>> _entries = new List<KeyValuePair<string, JsonElement>>();
        private readonly Dictionary<string, int> _indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        private HashSet<string>? _changedKeys;

        // The owner's schema keys are sent to their typed properties by Set.
        internal UnknownCustomFields(CustomData owner) => _owner = owner ?? throw new ArgumentNullException(nameof(owner));

        /// <summary>How many unknown keys are held.</summary>
        public int Count => _entries.Count;

        /// <summary>The unknown keys, in the order they were read or set.</summary>
        public IEnumerable<string> Keys
        {
            get
            {
                foreach (KeyValuePair<string, JsonElement> entry in _entries)
                {
                    yield return entry.Key;
                }
            }
        }

        /// <summary>The raw values, in key order.</summary>
        public IEnumerable<JsonElement> Values
        {
            get
            {
                foreach (KeyValuePair<string, JsonElement> entry in _entries)
                {
                    yield return entry.Value;
                }
            }
        }

        /// <summary>True when a value was set through <see cref="Set(string, JsonElement)"/> since the last accept.</summary>
        public bool HasChanges => _changedKeys is { Count: > 0 };

        /// <summary>The raw value of <paramref name="key"/>.</summary>
        /// <exception cref="KeyNotFoundException">The key is not held.</exception>
        public JsonElement this[string key] => TryGetValue(key, out JsonElement value)
            ? value
            : throw new KeyNotFoundException($"No unknown custom field '{TextExcerpt.Of(key)}' was read or set.");

        /// <summary>True when <paramref name="key"/> is held.</summary>
        public bool ContainsKey(string key) => IndexOf(key) >= 0;

        /// <summary>Gets the raw value of <paramref name="key"/>.</summary>
        public bool TryGetValue(string key, out JsonElement value)
        {
            int index = IndexOf(key);
            value = index >= 0 ? _entries[index].Value : default;
            return index >= 0;
        }

        /// <summary>
        /// Sets a raw value; it is sent by the next setCustomData request, exactly as given. When the
        /// schema knows <paramref name="key"/>, the value is read into its typed property instead (as a
        /// GetCustomData payload would be read) and marked changed, so the key is written once.
        /// </summary>
        /// <exception cref="ArgumentException">The key is a schema key and the value is not of its data type, or the value nests deeper than FieldGen reads and writes (61 levels).</exception>
        public void Set(string key, JsonElement value)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            byte[] utf8Key = Encoding.UTF8.GetBytes(key);
            int fieldIndex = _owner.Contract.Find(utf8Key);
            if (fieldIndex >= 0)
            {
                SetTypedField(fieldIndex, key, value);
                return;
            }

            if (JsonValueDepth.IsTooDeep(value))
            {
                throw new ArgumentException(JsonValueDepth.Describe(), nameof(value));
            }

            Store(key, value.Clone());
            (_changedKeys ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
        }

        /// <summary>Sets a string value (see <see cref="Set(string, JsonElement)"/>).</summary>
        public void Set(string key, string? value) => Set(key, ToElement(value));

        /// <summary>Keeps a value read from the server without marking it changed.</summary>
        internal void Load(string key, JsonElement value) => Store(key, value);

        /// <summary>Forgets which keys were set (<see cref="CustomData.AcceptChanges"/> calls this).</summary>
        internal void AcceptChanges() => _changedKeys = null;

        internal bool IsChanged(string key) => _changedKeys is not null && _changedKeys.Contains(key);

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private void SetTypedField(int fieldIndex, string key, JsonElement value)
        {
            byte[] json = value.ValueKind == JsonValueKind.Undefined ? Encoding.UTF8.GetBytes("null") : Encoding.UTF8.GetBytes(value.GetRawText());
            var reader = new Utf8JsonReader(json, CustomDataSerializer.ReaderOptions);
            reader.Read();
            try
            {
                _owner.ReadFieldValue(fieldIndex, ref reader);
            }
            catch (CustomDataFormatException ex)
            {
                throw new ArgumentException($"'{TextExcerpt.Of(key)}' is a {_owner.TargetType.ToWireValue()} key of the schema, and the value cannot be its typed property's: {ex.Message}", nameof(value), ex);
            }

            _owner.MarkChanged(fieldIndex);
        }

        private void Store(string key, JsonElement value)
        {
            int index = IndexOf(key);
            var entry = new KeyValuePair<string, JsonElement>(key, value);
            if (index >= 0)
            {
                _entries[index] = entry;
            }
            else
            {
                _indexByKey[key] = _entries.Count;
                _entries.Add(entry);
            }
        }

        private int IndexOf(string key) => _indexByKey.TryGetValue(key, out int index) ? index : -1;

        private static JsonElement ToElement(string? value)
        {
            // Encoded as JSON.stringify does, so a lone surrogate survives (Utf8JsonWriter refuses it).
            byte[] utf8 = new byte[value is null ? 4 : (value.Length * 6) + 2];
            int length = value is null ? 4 : JavaScriptJson.EncodeString(value.AsSpan(), utf8);
            if (value is null)
            {
                "null"u8.CopyTo(utf8);
            }

            using JsonDocument document = JsonDocument.Parse(new ReadOnlyMemory<byte>(utf8, 0, length));
            return document.RootElement.Clone();
        }
    }
}
