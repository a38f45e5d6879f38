using System;
using System.Collections.Generic;

namespace FieldGen.Naming
{
    /// <summary>
    /// Hands out unique C# names in one scope (a class, an enum). A wanted name that is taken gets the
    /// first free <c>_2</c>, <c>_3</c>... suffix, and the caller is told who held it, so the clash
    /// can be reported instead of becoming broken code.
    /// </summary>
    internal sealed class NameAllocator
    {
        private readonly Dictionary<string, string> _owners = new Dictionary<string, string>(StringComparer.Ordinal);

        // The next suffix to try per base name: 20,000 keys that all become "X" would otherwise probe
        // X_2, X_3... from the start each time (issue 11: quadratic, a minute for 20k keys).
        private readonly Dictionary<string, int> _nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Marks names the generated code uses itself, with a description for messages.</summary>
        public void Reserve(string name, string owner)
        {
            if (!_owners.ContainsKey(name))
            {
                _owners.Add(name, owner);
            }
        }

        /// <summary>Returns <paramref name="wanted"/> or a suffixed variant; <paramref name="heldBy"/> names who held <paramref name="wanted"/>.</summary>
        public string Allocate(string wanted, string owner, out string? heldBy)
        {
            if (_owners.TryGetValue(wanted, out heldBy))
            {
                string baseName = wanted.TrimStart('@');
                int suffix = _nextSuffix.TryGetValue(baseName, out int next) ? next : 2;
                for (; ; suffix++)
                {
                    string candidate = baseName + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!_owners.ContainsKey(candidate))
                    {
                        _owners.Add(candidate, owner);
                        _nextSuffix[baseName] = suffix + 1;
                        return candidate;
                    }
                }
            }

            _owners.Add(wanted, owner);
            return wanted;
        }
    }
}
