using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace FieldGen
{
    /// <summary>
    /// The labels of a field or option by language tag (<c>zh-CN</c>, <c>en-US</c>...), and the one
    /// fallback rule every label lookup uses: the exact culture, then its parents
    /// (<c>zh-Hans-CN</c>, <c>zh-Hans</c>, <c>zh</c>), then the schema's <c>label</c>.
    /// </summary>
    internal static class LocalizedLabels
    {
        private static readonly IReadOnlyDictionary<string, string> None =
            new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

        /// <summary>Builds the table from alternating language tags and labels, as generated code passes them.</summary>
        public static IReadOnlyDictionary<string, string> FromPairs(string[]? languageLabelPairs)
        {
            if (languageLabelPairs is null || languageLabelPairs.Length == 0)
            {
                return None;
            }

            if (languageLabelPairs.Length % 2 != 0)
            {
                throw new ArgumentException("Expected language and label pairs.", nameof(languageLabelPairs));
            }

            // Language tags are case-insensitive (BCP 47): "zh-cn" finds "zh-CN".
            var labels = new Dictionary<string, string>(languageLabelPairs.Length / 2, StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < languageLabelPairs.Length; i += 2)
            {
                labels[languageLabelPairs[i]] = languageLabelPairs[i + 1];
            }

            return new ReadOnlyDictionary<string, string>(labels);
        }

        /// <summary>The label for <paramref name="culture"/> (the current UI culture when null), else <paramref name="fallback"/>.</summary>
        public static string Find(IReadOnlyDictionary<string, string> labels, CultureInfo? culture, string fallback)
        {
            if (labels.Count > 0)
            {
                // The invariant culture is its own parent with an empty name: the loop ends there.
                for (CultureInfo? current = culture ?? CultureInfo.CurrentUICulture; current is not null && current.Name.Length > 0; current = current.Parent)
                {
                    if (labels.TryGetValue(current.Name, out string? label))
                    {
                        return label;
                    }
                }
            }

            return fallback;
        }
    }
}
