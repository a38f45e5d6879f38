using System.Collections.Generic;
using System.Linq;

namespace FieldGen.Analyzers.Checks
{
    /// <summary>How messages list keys, options and suggestions.</summary>
    internal static class MessageText
    {
        private const int MaxListed = 10;

        /// <summary><c>'school'</c>, <c>'school' or 'schools'</c>, <c>'a', 'b' or 'c'</c>.</summary>
        public static string Alternatives(IReadOnlyList<string> values)
        {
            string[] quoted = values.Select(v => "'" + v + "'").ToArray();
            return quoted.Length == 1
                ? quoted[0]
                : string.Join(", ", quoted.Take(quoted.Length - 1)) + " or " + quoted[quoted.Length - 1];
        }

        /// <summary><c>pku, hust, tsinghua</c>, cut after ten with the count of the rest.</summary>
        public static string List(IReadOnlyList<string> values)
        {
            string listed = string.Join(", ", values.Take(MaxListed));
            return values.Count > MaxListed ? listed + " and " + (values.Count - MaxListed) + " more" : listed;
        }
    }
}
