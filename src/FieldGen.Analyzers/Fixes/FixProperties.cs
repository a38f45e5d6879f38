using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace FieldGen.Analyzers.Fixes
{
    /// <summary>
    /// The diagnostic properties the analyzer hands to the code fixes: the <see cref="Replacement"/>s
    /// of the flagged expression, and for FG1004 the typed property to use instead of UnknownFields.
    /// </summary>
    internal static class FixProperties
    {
        /// <summary>The name of the generated property (FG1004), e.g. <c>SchoolValue</c>.</summary>
        public const string TypedProperty = "FieldGen.TypedProperty";

        /// <summary>For FG1004 on <c>Set(key, value)</c>: the value as the typed property takes it, when it can be written.</summary>
        public const string TypedValue = "FieldGen.TypedValue";

        /// <summary>The <see cref="TypedValue"/> that means "the argument as written".</summary>
        public const string SameExpression = "$value";

        private const string Count = "FieldGen.Replacements";

        public static ImmutableDictionary<string, string?> Create(IReadOnlyList<Replacement> replacements)
        {
            ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(Count, replacements.Count.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < replacements.Count; i++)
            {
                properties.Add(Prefix(i) + "Title", replacements[i].Title);
                properties.Add(Prefix(i) + "Code", replacements[i].Code);
                properties.Add(Prefix(i) + "Key", replacements[i].EquivalenceKey);
            }

            return properties.ToImmutable();
        }

        public static IReadOnlyList<Replacement> ReadReplacements(ImmutableDictionary<string, string?> properties)
        {
            var replacements = new List<Replacement>();
            if (!properties.TryGetValue(Count, out string? countText)
                || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            {
                return replacements;
            }

            for (int i = 0; i < count; i++)
            {
                if (properties.TryGetValue(Prefix(i) + "Title", out string? title) && title is not null
                    && properties.TryGetValue(Prefix(i) + "Code", out string? code) && code is not null
                    && properties.TryGetValue(Prefix(i) + "Key", out string? key) && key is not null)
                {
                    replacements.Add(new Replacement(title, code, key));
                }
            }

            return replacements;
        }

        private static string Prefix(int index) => "FieldGen.Replacement" + index.ToString(CultureInfo.InvariantCulture) + ".";
    }
}
