using System;

namespace FieldGen.Wire
{
    /// <summary>
    /// The text rule of a BOOLEAN: <c>true</c>/<c>false</c> in any case, or <c>1</c>/<c>0</c>, as a string
    /// (surrounding white space ignored), and the numbers 1 and 0. The runtime reads by it and the
    /// analyzers judge by it (through <see cref="DataTypes"/>), so they accept the same values.
    /// </summary>
    internal static class BooleanText
    {
        /// <summary>Reads a BOOLEAN sent as a string.</summary>
        public static bool TryParse(string text, out bool value)
        {
            string trimmed = text.Trim();
            if (string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase) || trimmed == "1")
            {
                value = true;
                return true;
            }

            value = false;
            return string.Equals(trimmed, "false", StringComparison.OrdinalIgnoreCase) || trimmed == "0";
        }

        /// <summary>Reads a BOOLEAN sent as a JSON number: 1 or 0 as JavaScript reads it (<c>1.0</c> and <c>-0</c> too).</summary>
        public static bool TryFromNumber(double number, out bool value)
        {
            value = number == 1;
            return number == 1 || number == 0;
        }
    }
}
