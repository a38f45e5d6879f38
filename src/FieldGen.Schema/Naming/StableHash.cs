using System.Globalization;

namespace FieldGen.Naming
{
    /// <summary>
    /// A short hash of a name that is the same on every machine, process and run (string.GetHashCode is
    /// randomized per process), for names FieldGen has to shorten or tell apart.
    /// </summary>
    internal static class StableHash
    {
        /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>, as 8 upper-case hex digits.</summary>
        public static string Hex8(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ (c & 0xFFu)) * 16777619;
                hash = (hash ^ (uint)(c >> 8)) * 16777619;
            }

            return hash.ToString("X8", CultureInfo.InvariantCulture);
        }
    }
}
