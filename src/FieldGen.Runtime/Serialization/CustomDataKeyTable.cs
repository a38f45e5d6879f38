using System;
using System.Text;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Finds a field's index from its UTF-8 key: an open-addressing hash table built once per generated
    /// class. Generated classes used to switch on the key hash, but a switch over a thousand keys is a
    /// method the JIT will not optimize, which made large schemas read 10x slower (docs/performance.md).
    /// </summary>
    internal sealed class CustomDataKeyTable
    {
        private readonly byte[][] _keys;
        private readonly int[] _slots; // field index + 1; 0 = empty
        private readonly int _mask;

        /// <summary>Builds the table for <paramref name="keys"/>; a key's position is its field index.</summary>
        public CustomDataKeyTable(params string[] keys)
        {
            if (keys is null)
            {
                throw new ArgumentNullException(nameof(keys));
            }

            _keys = new byte[keys.Length][];
            int size = 4;
            while (size < keys.Length * 2)
            {
                size <<= 1;
            }

            _slots = new int[size];
            _mask = size - 1;
            for (int i = 0; i < keys.Length; i++)
            {
                _keys[i] = Encoding.UTF8.GetBytes(keys[i]);
                int slot = (int)Hash(_keys[i]) & _mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = i + 1;
            }
        }

        /// <summary>The field index of <paramref name="utf8Key"/>, or -1.</summary>
        public int Find(ReadOnlySpan<byte> utf8Key)
        {
            int slot = (int)Hash(utf8Key) & _mask;
            while (true)
            {
                int entry = _slots[slot];
                if (entry == 0)
                {
                    return -1;
                }

                if (utf8Key.SequenceEqual(_keys[entry - 1]))
                {
                    return entry - 1;
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>True when <paramref name="utf8Key"/> is the key of field <paramref name="index"/>.</summary>
        public bool IsKeyOf(int index, ReadOnlySpan<byte> utf8Key) => utf8Key.SequenceEqual(_keys[index]);

        // FNV-1a: cheap, and good enough for keys a tenant types.
        private static uint Hash(ReadOnlySpan<byte> utf8Key)
        {
            uint hash = 2166136261;
            foreach (byte b in utf8Key)
            {
                hash = (hash ^ b) * 16777619;
            }

            return hash;
        }
    }
}
