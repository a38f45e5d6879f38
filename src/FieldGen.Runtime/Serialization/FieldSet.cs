using System;

namespace FieldGen.Serialization
{
    /// <summary>
    /// A set of field indexes of a generated class: which fields the caller set or cleared (setCustomData
    /// updates only the keys it lists, so a request must hold exactly these), or which were read as an
    /// explicit null, so writing the object keeps them. The bit array is allocated on the first mark, so
    /// reading a payload without nulls allocates nothing for it.
    /// </summary>
    internal struct FieldSet
    {
        private ulong[]? _bits;

        /// <summary>True when any field is in the set.</summary>
        public readonly bool Any
        {
            get
            {
                if (_bits is null)
                {
                    return false;
                }

                foreach (ulong word in _bits)
                {
                    if (word != 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Adds field <paramref name="index"/>.</summary>
        public void Add(int index)
        {
            int word = index >> 6;
            if (_bits is null || _bits.Length <= word)
            {
                Array.Resize(ref _bits, word + 1);
            }

            _bits[word] |= 1UL << (index & 63);
        }

        /// <summary>True when field <paramref name="index"/> is in the set.</summary>
        public readonly bool Contains(int index)
        {
            int word = index >> 6;
            return _bits is not null && word < _bits.Length && (_bits[word] & (1UL << (index & 63))) != 0;
        }

        /// <summary>Empties the set.</summary>
        public void Clear() => _bits = null;
    }
}
