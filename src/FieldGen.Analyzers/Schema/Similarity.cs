using System;
using System.Collections.Generic;
using System.Linq;

namespace FieldGen.Analyzers.Schema
{
    /// <summary>
    /// Finds the keys or options a mistyped string probably meant: an optimal-string-alignment edit
    /// distance (an adjacent swap costs one edit) on lower-cased text, within a budget that grows with
    /// the length, so 'scool' suggests 'school' but 'mit' suggests nothing from 'pku', 'hust'.
    /// </summary>
    internal static class Similarity
    {
        private const int MaxSuggestions = 3;

        public static IReadOnlyList<string> Nearest(string text, IEnumerable<string> candidates)
        {
            int budget = MaxEdits(text.Length);
            string folded = text.ToLowerInvariant();
            return candidates
                .Where(c => !string.Equals(c, text, StringComparison.Ordinal))
                .Select(c => (Candidate: c, Distance: Distance(folded, c.ToLowerInvariant(), budget)))
                .Where(x => x.Distance <= budget)
                .OrderBy(x => x.Distance)
                .ThenBy(x => x.Candidate, StringComparer.Ordinal)
                .Take(MaxSuggestions)
                .Select(x => x.Candidate)
                .ToArray();
        }

        /// <summary>How many edits a text of this length may be from what it meant; two-letter texts only by case.</summary>
        public static int MaxEdits(int length) => length switch
        {
            <= 2 => 0,
            <= 5 => 1,
            <= 9 => 2,
            _ => 3,
        };

        /// <summary>The edit distance, or <c>budget + 1</c> as soon as it is certain to exceed the budget.</summary>
        public static int Distance(string a, string b, int budget)
        {
            if (Math.Abs(a.Length - b.Length) > budget)
            {
                return budget + 1;
            }

            // Three rows suffice: the transposition looks two rows back.
            var previous2 = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMin = current[0];
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        value = Math.Min(value, previous2[j - 2] + 1);
                    }

                    current[j] = value;
                    rowMin = Math.Min(rowMin, value);
                }

                if (rowMin > budget)
                {
                    return budget + 1;
                }

                int[] recycled = previous2;
                previous2 = previous;
                previous = current;
                current = recycled;
            }

            return previous[b.Length];
        }
    }
}
