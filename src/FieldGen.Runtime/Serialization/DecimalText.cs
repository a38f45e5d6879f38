using System;
using System.Globalization;
using System.Text;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Decides whether a JSON number's text fits a <see cref="decimal"/> exactly, so the NUMBER reader
    /// can refuse rounding instead of doing it silently (1e-30 would become 0, a 30-digit id would
    /// lose its tail).
    /// </summary>
    internal static class DecimalText
    {
        private const int MaxDigits = 28;

        public static bool TryParse(string text, out decimal value, out bool exact)
        {
            exact = false;
            if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }

            exact = IsExact(Encoding.UTF8.GetBytes(text));
            return true;
        }

        /// <summary>True when the number has at most 28 significant digits, none beyond the 28th decimal place.</summary>
        public static bool IsExact(ReadOnlySpan<byte> number)
        {
            int i = 0;
            if (i < number.Length && (number[i] == '-' || number[i] == '+'))
            {
                i++;
            }

            int firstSignificant = -1; // index among all mantissa digits
            int lastNonZero = -1;
            int digitCount = 0;
            int integerDigits = -1;
            for (; i < number.Length; i++)
            {
                byte b = number[i];
                if (b == '.')
                {
                    integerDigits = digitCount;
                    continue;
                }

                if (b < '0' || b > '9')
                {
                    break;
                }

                if (b != '0')
                {
                    if (firstSignificant < 0)
                    {
                        firstSignificant = digitCount;
                    }

                    lastNonZero = digitCount;
                }

                digitCount++;
            }

            if (integerDigits < 0)
            {
                integerDigits = digitCount;
            }

            int exponent = 0;
            if (i < number.Length && (number[i] == 'e' || number[i] == 'E'))
            {
                i++;
                bool negative = i < number.Length && number[i] == '-';
                if (i < number.Length && (number[i] == '-' || number[i] == '+'))
                {
                    i++;
                }

                for (; i < number.Length; i++)
                {
                    exponent = exponent * 10 + (number[i] - '0');
                    if (exponent > 1000)
                    {
                        return firstSignificant < 0; // zero with a huge exponent is still zero
                    }
                }

                if (negative)
                {
                    exponent = -exponent;
                }
            }

            if (firstSignificant < 0)
            {
                return true; // zero
            }

            int significantDigits = lastNonZero - firstSignificant + 1;
            int decimalPlaces = lastNonZero + 1 - integerDigits - exponent;
            return significantDigits <= MaxDigits && decimalPlaces <= MaxDigits;
        }
    }
}
