using System.Text;

namespace FieldGen.Emit
{
    /// <summary>FNV-1a over a key's UTF-8 bytes; must match FieldGen.Serialization.CustomDataKeyHash at run time.</summary>
    internal static class KeyHash
    {
        public static uint Compute(string key)
        {
            uint hash = 2166136261;
            foreach (byte b in Encoding.UTF8.GetBytes(key))
            {
                hash = unchecked((hash ^ b) * 16777619);
            }

            return hash;
        }
    }
}
