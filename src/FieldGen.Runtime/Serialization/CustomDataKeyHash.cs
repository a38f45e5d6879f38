using System;
using System.ComponentModel;

namespace FieldGen.Serialization
{
    /// <summary>
    /// FNV-1a over a key's UTF-8 bytes. Generated readers switch on it to find a field in O(1)
    /// without allocating the key as a string; the generator computes the same hash at build time.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CustomDataKeyHash
    {
        /// <summary>The 32-bit FNV-1a hash of <paramref name="utf8Key"/>.</summary>
        public static uint Compute(ReadOnlySpan<byte> utf8Key)
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
