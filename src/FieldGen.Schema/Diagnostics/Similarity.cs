using System;
using System.Collections.Generic;
using System.Linq;

namespace FieldGen.Diagnostics
{
    /// <summary>
    /// Finds the keys, options or data types a mistyped string probably meant: an optimal-string-alignment
    /// edit distance (an adjacent swap costs one edit) on lower-cased text, within a budget that grows with
    /// the length, so 'scool' suggests 'school' but 'mit' suggests nothing from 'pku', 'hust'. One owner for
    /// the generator (dataType) and the analyzers (keys and options).
    /// </summary>
    internal static class Similarity
    {
        private const int MaxSuggestions = 3;

        // From CJK Radicals on: ideographs, kana, Hangul and full-width forms, each of which carries about a
        // word's worth of meaning, so one of them off in '部们' is as small a slip as one letter off in 'scool'.
        private const char FirstWideCharacter = '\u2E80';

        public static IReadOnlyList<string> Nearest(string text, IEnumerable<string> candidates)
        {
            int budget = Budget(text);
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

        /// <summary>
        /// The edits allowed from <paramref name="text"/>: by its length with wide characters counted twice
        /// (<see cref="MaxEdits"/>), and never more than half of its characters.
        /// </summary>
        public static int Budget(string text)
        {
            int weighted = 0;
            foreach (char c in text)
            {
                weighted += c >= FirstWideCharacter ? 2 : 1;
            }

            return Math.Min(MaxEdits(weighted), text.Length / 2);
        }

        /// <summary>How many edits a text of this (weighted) length may be from what it meant; two letters only by case.</summary>
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
