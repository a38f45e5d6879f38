using System;
using System.Globalization;
using FieldGen.Parsing.Json;

namespace FieldGen.Authentication
{
    /// <summary>
    /// Reads get-management-token's <c>expires_in</c>. GenAuth issues tokens for hours; a value outside
    /// one second to one year (1e12, 1e400, negative, not a number) is refused with a reason instead of
    /// overflowing a <see cref="TimeSpan"/>.
    /// </summary>
    internal static class ManagementTokenLifetime
    {
        public static readonly TimeSpan Longest = TimeSpan.FromDays(365);

        /// <summary>The lifetime, or null with <paramref name="problem"/>.</summary>
        public static TimeSpan? Read(JsonNode? expiresIn, out string? problem)
        {
            if (expiresIn?.Kind != JsonNodeKind.Number)
            {
                problem = "'expires_in' is missing or not a number";
                return null;
            }

            if (!double.TryParse(expiresIn.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
                || double.IsNaN(seconds) || seconds < 1 || seconds > Longest.TotalSeconds)
            {
                problem = "'expires_in' is " + Shown(expiresIn.Text) + " seconds, outside 1 s to 365 days";
                return null;
            }

            problem = null;
            return TimeSpan.FromSeconds(seconds);
        }

        // A number token is digits, sign, dot and exponent only; still bounded, as it is server text.
        private static string Shown(string? text) => text is null ? "?" : text.Length <= 40 ? text : text.Substring(0, 40) + "...";
    }
}
