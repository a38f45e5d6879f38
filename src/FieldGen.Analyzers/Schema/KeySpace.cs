using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Diagnostics;

namespace FieldGen.Analyzers.Schema
{
    /// <summary>
    /// The keys one piece of code can mean: those of one generated class (for its UnknownFields), or of
    /// every class generated for a target type (for an API annotated with that target).
    /// </summary>
    internal sealed class KeySpace
    {
        private readonly Dictionary<string, KnownField> _byKey;

        public KeySpace(string targetType, IEnumerable<KnownField> fields)
        {
            TargetType = targetType;
            _byKey = new Dictionary<string, KnownField>(StringComparer.Ordinal);
            foreach (KnownField field in fields)
            {
                // Classes are merged in ordinal order, so the first class to define a key names its constant.
                if (!_byKey.ContainsKey(field.Key))
                {
                    _byKey.Add(field.Key, field);
                }
            }

            Keys = _byKey.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
        }

        /// <summary>USER, ROLE, GROUP or DEPARTMENT.</summary>
        public string TargetType { get; }

        /// <summary>The keys in ordinal order.</summary>
        public IReadOnlyList<string> Keys { get; }

        public bool TryGetField(string key, out KnownField field) => _byKey.TryGetValue(key, out field!);

        /// <summary>The field whose generated enum is named <paramref name="enumTypeName"/>, if any.</summary>
        public KnownField? FindByEnumType(string enumTypeName) =>
            _byKey.Values.FirstOrDefault(f => string.Equals(f.EnumTypeName, enumTypeName, StringComparison.Ordinal));

        /// <summary>The keys near <paramref name="text"/>, nearest first (see <see cref="Similarity"/>).</summary>
        public IReadOnlyList<string> Suggest(string text) => Similarity.Nearest(text, Keys);
    }
}
