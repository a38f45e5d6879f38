using System;
using System.Globalization;

namespace FieldGen.Wire
{
    /// <summary>
    /// The text rule of a DATETIME string: ISO 8601 (<c>2022-07-01</c>, <c>2022-07-01T08:00:00</c>,
    /// with up to 7 fraction digits, and <c>Z</c> or an offset such as <c>+08:00</c>), or epoch
    /// milliseconds as a numeric string. A value without an offset is UTC, the server's clock, never
    /// the machine's time zone. Loose text such as <c>July 1, 2022</c> is refused. The runtime reads by it
    /// and the analyzers judge by it (through <see cref="DataTypes"/>), so they accept the same texts.
    /// </summary>
    internal static class DateTimeText
    {
        /// <summary>The earliest epoch millisecond a DateTimeOffset holds (0001-01-01T00:00:00Z).</summary>
        public const long MinEpochMilliseconds = -62135596800000L;

        /// <summary>The last whole epoch millisecond a DateTimeOffset holds (9999-12-31T23:59:59.999Z).</summary>
        public const long MaxEpochMilliseconds = 253402300799999L;

        private const long UnixEpochTicks = 621355968000000000L;

        // The forms System.Text.Json's ISO 8601 reader takes (the runtime's fast path), offsets as
        // Z, +hh:mm or +hh; a test checks the two agree.
        private static readonly string[] IsoFormats =
        {
            "yyyy'-'MM'-'dd",
            "yyyy'-'MM'-'dd'T'HH':'mmK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ssK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFFK",
            "yyyy'-'MM'-'dd'T'HH':'mmzz",
            "yyyy'-'MM'-'dd'T'HH':'mm':'sszz",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFFzz",
        };

        /// <summary>Reads an ISO 8601 string or a numeric epoch-milliseconds string.</summary>
        public static bool TryParse(string text, out DateTimeOffset value)
        {
            string trimmed = text.Trim();
            if (DateTimeOffset.TryParseExact(WithoutExtraFractionDigits(trimmed), IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            {
                return true;
            }

            return NumberText.TryParse(trimmed, out double milliseconds) && TryFromEpochMilliseconds(milliseconds, out value);
        }

        // A DateTimeOffset holds 7 fraction digits (ticks); further digits are dropped, as System.Text.Json does.
        private static string WithoutExtraFractionDigits(string text)
        {
            int dot = text.IndexOf('.');
            if (dot < 0)
            {
                return text;
            }

            int end = dot + 1;
            while (end < text.Length && text[end] >= '0' && text[end] <= '9')
            {
                end++;
            }

            return end - dot - 1 > 7 ? text.Substring(0, dot + 8) + text.Substring(end) : text;
        }

        /// <summary>
        /// Epoch milliseconds (fractions kept to the tick) as a UTC DateTimeOffset; false outside the
        /// years 1 to 9999 a DateTimeOffset spans.
        /// </summary>
        public static bool TryFromEpochMilliseconds(double milliseconds, out DateTimeOffset value)
        {
            value = default;
            if (double.IsNaN(milliseconds) || milliseconds < MinEpochMilliseconds || milliseconds >= MaxEpochMilliseconds + 1d)
            {
                return false;
            }

            double whole = Math.Floor(milliseconds);
            long ticks = ((long)whole * TimeSpan.TicksPerMillisecond) + (long)Math.Round((milliseconds - whole) * TimeSpan.TicksPerMillisecond) + UnixEpochTicks;
            if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }

            value = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }
    }
}
