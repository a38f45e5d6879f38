using System;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Two sets of field indexes of a generated class in one lazily allocated bit array: which fields
    /// the caller set or cleared (setCustomData updates only the keys it lists, so a request must hold
    /// exactly these), and which were read as an explicit null, so writing the object keeps them. One
    /// array rather than two keeps every object a reference smaller; reading a payload without nulls
    /// allocates nothing for it.
    /// </summary>
    internal struct FieldMarks
    {
        /// <summary>The field was set or cleared by the caller.</summary>
        public const int Changed = 0;

        /// <summary>The field was read as an explicit null.</summary>
        public const int ReadAsNull = 1;

        // Word 2w + kind holds the marks of fields 64w..64w+63 for that kind.
        private ulong[]? _bits;

        /// <summary>True when any field has a mark of <paramref name="kind"/>.</summary>
        public readonly bool Any(int kind)
        {
            if (_bits is null)
            {
                return false;
            }

            for (int word = kind; word < _bits.Length; word += 2)
            {
                if (_bits[word] != 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Marks field <paramref name="index"/> with <paramref name="kind"/>.</summary>
        public void Add(int kind, int index)
        {
            int word = ((index >> 6) * 2) + kind;
            if (_bits is null || _bits.Length <= word)
            {
                Array.Resize(ref _bits, (word | 1) + 1);
            }

            _bits[word] |= 1UL << (index & 63);
        }

        /// <summary>True when field <paramref name="index"/> has a mark of <paramref name="kind"/>.</summary>
        public readonly bool Contains(int kind, int index)
        {
            int word = ((index >> 6) * 2) + kind;
            return _bits is not null && word < _bits.Length && (_bits[word] & (1UL << (index & 63))) != 0;
        }

        /// <summary>Removes every mark of <paramref name="kind"/>.</summary>
        public void Clear(int kind)
        {
            if (_bits is null)
            {
                return;
            }

            for (int word = kind; word < _bits.Length; word += 2)
            {
                _bits[word] = 0;
            }
        }
    }
}
