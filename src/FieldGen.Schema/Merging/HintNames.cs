using System;
using System.Collections.Generic;
using System.Text;
using FieldGen.Naming;

namespace FieldGen.Merging
{
    /// <summary>
    /// The file name each generated class is added under. The compiler compares hint names ignoring case
    /// and refuses characters a file name cannot hold (CS8785 and no classes at all, issue 11): a name that
    /// is not plain ASCII letters, digits, '_' and '.', that is long, or that equals another ignoring case
    /// gets a hash of the exact full name, so every name is valid, unique and the same on every run.
    /// </summary>
    internal static class HintNames
    {
        private const int MaxBaseLength = 100;

        /// <summary>The hint names for <paramref name="fullClassNames"/> (distinct, in a fixed order), position for position.</summary>
        public static string[] For(IReadOnlyList<string> fullClassNames)
        {
            var bases = new string[fullClassNames.Count];
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < bases.Length; i++)
            {
                bases[i] = Sanitize(fullClassNames[i]);
                counts[bases[i]] = counts.TryGetValue(bases[i], out int n) ? n + 1 : 1;
            }

            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var names = new string[bases.Length];
            for (int i = 0; i < bases.Length; i++)
            {
                string stem = bases[i] == fullClassNames[i] && counts[bases[i]] == 1
                    ? bases[i]
                    : bases[i] + "." + StableHash.Hex8(fullClassNames[i]);
                string name = stem + ".g.cs";
                for (int suffix = 2; !taken.Add(name); suffix++)
                {
                    name = stem + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
                }

                names[i] = name;
            }

            return names;
        }

        private static string Sanitize(string fullName)
        {
            var builder = new StringBuilder(Math.Min(fullName.Length, MaxBaseLength));
            foreach (char c in fullName)
            {
                if (builder.Length == MaxBaseLength)
                {
                    break;
                }

                bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
                builder.Append(plain ? c : '_');
            }

            return builder.ToString();
        }
    }
}
