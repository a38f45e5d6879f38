using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using FieldGen.Serialization;

namespace FieldGen.GeneratedCodeSupport
{
    /// <summary>
    /// What the serializer knows about one generated class, built once from its <c>Fields.All</c>: the
    /// target type, a hash table from UTF-8 key to field index, and each key pre-encoded as
    /// <c>JSON.stringify</c> writes it. Field <c>i</c> is <c>Fields.All[i]</c>. Generated code only
    /// constructs it; what the serializer asks of it grows here, not in generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CustomDataContract
    {
        private readonly CustomDataKeyTable _keys;
        private readonly JsonEncodedText[] _encodedKeys;

        // successor + 1 of each field (slot 0: of the object's start) as last read; 0 = not seen yet.
        private readonly int[] _successors;

        /// <summary>Used by generated code: the contract of a class of <paramref name="targetType"/> values whose fields are <paramref name="fields"/>.</summary>
        public CustomDataContract(CustomFieldTarget targetType, IReadOnlyList<CustomFieldInfo> fields)
        {
            if (fields is null)
            {
                throw new ArgumentNullException(nameof(fields));
            }

            TargetType = targetType;
            Fields = fields;
            var keys = new string[fields.Count];
            _encodedKeys = new JsonEncodedText[fields.Count];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = fields[i].Key;
                // Pre-encoded as JSON.stringify writes it: GenAuth signs what JavaScript rebuilds from the body.
                _encodedKeys[i] = JavaScriptJson.EncodeKey(keys[i]);
            }

            _keys = new CustomDataKeyTable(keys);
            _successors = new int[keys.Length + 1];
        }

        internal CustomFieldTarget TargetType { get; }

        internal IReadOnlyList<CustomFieldInfo> Fields { get; }

        /// <summary>The field index of <paramref name="utf8Key"/>, or -1 when the schema does not know the key.</summary>
        internal int Find(ReadOnlySpan<byte> utf8Key) => _keys.Find(utf8Key);

        /// <summary>
        /// <see cref="Find(ReadOnlySpan{byte})"/> for the key after field <paramref name="previous"/> (-1 at
        /// the object's start). A tenant's payloads list keys in one order, so the key that followed
        /// <paramref name="previous"/> last time is compared first and the hash is skipped. The guess is
        /// only a hint: it is checked byte for byte, and threads that race on it at worst miss it.
        /// </summary>
        internal int Find(ReadOnlySpan<byte> utf8Key, int previous)
        {
            int slot = previous + 1;
            int guess = _successors[slot] - 1;
            if (guess >= 0 && _keys.IsKeyOf(guess, utf8Key))
            {
                return guess;
            }

            int found = _keys.Find(utf8Key);
            if (found >= 0)
            {
                _successors[slot] = found + 1;
            }

            return found;
        }

        internal JsonEncodedText EncodedKey(int field) => _encodedKeys[field];
    }
}
