using System;
using System.ComponentModel;

namespace FieldGen.Serialization
{
    /// <summary>
    /// A set of field indexes of a generated class. Its main use: which fields the caller set or
    /// cleared (setCustomData updates only the keys it lists, so a request must hold exactly these);
    /// also which fields were read as an explicit null, so writing the object keeps them. The bit array
    /// is allocated on the first mark, so reading a payload without nulls allocates nothing for it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct ChangeTracker
    {
        private ulong[]? _bits;

        /// <summary>True when any field is marked.</summary>
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

        /// <summary>Marks field <paramref name="index"/> as changed.</summary>
        public void Mark(int index)
        {
            int word = index >> 6;
            if (_bits is null || _bits.Length <= word)
            {
                Array.Resize(ref _bits, word + 1);
            }

            _bits[word] |= 1UL << (index & 63);
        }

        /// <summary>True when field <paramref name="index"/> was marked.</summary>
        public readonly bool IsMarked(int index)
        {
            int word = index >> 6;
            return _bits is not null && word < _bits.Length && (_bits[word] & (1UL << (index & 63))) != 0;
        }

        /// <summary>Forgets every mark.</summary>
        public void Clear() => _bits = null;
    }
}
