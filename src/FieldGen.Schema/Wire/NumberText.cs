using System;
using System.Globalization;

namespace FieldGen.Wire
{
    /// <summary>
    /// The text rule of a NUMBER sent as a string (<c>"18.5"</c>, <c>" 1e30 "</c>): invariant decimal
    /// or exponent notation that names a finite IEEE double, which is what a GenAuth server (written
    /// in JavaScript) holds. The runtime reads by it and the analyzers judge by it (through
    /// <see cref="DataTypes"/>), so they accept the same texts.
    /// </summary>
    internal static class NumberText
    {
        private const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
            | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

        /// <summary>True when <paramref name="text"/> is a number whose nearest double is finite.</summary>
        public static bool TryParse(string text, out double value)
        {
            // .NET reads "NaN" and "Infinity" whatever the styles, and older frameworks refuse overflow
            // while newer ones give Infinity: a finite result is the one rule on every framework.
            if (double.TryParse(text, Styles, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value))
            {
                return true;
            }

            value = 0;
            return false;
        }
    }
}
