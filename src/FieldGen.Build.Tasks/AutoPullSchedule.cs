using System;
using System.Globalization;
using System.IO;

namespace FieldGen.Build.Tasks
{
    /// <summary>
    /// Decides whether an opt-in automatic pull (FieldGenAutoPullMaxAge) is due. The age is that of
    /// the last attempt, kept in a stamp file under obj/, not of the schema file: an unchanged pull
    /// does not touch the schema file, and a failed one (network down) should not be retried on every
    /// build of the next hour.
    /// </summary>
    internal sealed class AutoPullSchedule
    {
        private readonly TimeSpan _maxAge;
        private readonly string _stampDirectory;

        private AutoPullSchedule(TimeSpan maxAge, string stampDirectory)
        {
            _maxAge = maxAge;
            _stampDirectory = stampDirectory;
        }

        /// <summary>Parses <c>30m</c>, <c>12h</c>, <c>7d</c>, <c>90s</c> or a TimeSpan such as <c>1.00:00:00</c>; null with a problem otherwise.</summary>
        public static AutoPullSchedule? Create(string maxAge, string stampDirectory, out string? problem)
        {
            if (!TryParseAge(maxAge.Trim(), out TimeSpan age) || age < TimeSpan.Zero)
            {
                problem = "FieldGenAutoPullMaxAge '" + maxAge + "' is not an age such as 30m, 12h, 7d or 1.00:00:00";
                return null;
            }

            problem = null;
            return new AutoPullSchedule(age, stampDirectory);
        }

        public bool IsDue(string schemaPath, DateTime utcNow)
        {
            string stamp = StampOf(schemaPath);
            return !File.Exists(stamp) || utcNow - File.GetLastWriteTimeUtc(stamp) >= _maxAge;
        }

        public void RecordAttempt(string schemaPath, DateTime utcNow)
        {
            string stamp = StampOf(schemaPath);
            Directory.CreateDirectory(_stampDirectory);
            File.WriteAllText(stamp, utcNow.ToString("o", CultureInfo.InvariantCulture) + "\n");
            File.SetLastWriteTimeUtc(stamp, utcNow);
        }

        private string StampOf(string schemaPath) => Path.Combine(_stampDirectory, Path.GetFileName(schemaPath) + ".pull-stamp");

        private static bool TryParseAge(string text, out TimeSpan age)
        {
            age = default;
            if (text.Length >= 2 && double.TryParse(text.Substring(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double amount))
            {
                switch (char.ToLowerInvariant(text[text.Length - 1]))
                {
                    case 's': age = TimeSpan.FromSeconds(amount); return true;
                    case 'm': age = TimeSpan.FromMinutes(amount); return true;
                    case 'h': age = TimeSpan.FromHours(amount); return true;
                    case 'd': age = TimeSpan.FromDays(amount); return true;
                }
            }

            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out age);
        }
    }
}
