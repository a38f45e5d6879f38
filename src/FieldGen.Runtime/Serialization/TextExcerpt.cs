using System.Globalization;

namespace FieldGen.Serialization
{
    /// <summary>
    /// How exception messages quote text that came from a payload (a value, a key, an API message):
    /// at most a short excerpt, so a 100 kB number never becomes a 100 kB message.
    /// </summary>
    internal static class TextExcerpt
    {
        /// <summary>The most characters of a payload text a message quotes.</summary>
        public const int MaxQuotedLength = 64;

        /// <summary>The most characters of a whole exception message (longer ones keep their start and end).</summary>
        public const int MaxMessageLength = 512;

        /// <summary><paramref name="text"/>, or its first characters followed by how long it was.</summary>
        public static string Of(string? text, int maxLength = MaxQuotedLength)
        {
            if (text is null || text.Length <= maxLength)
            {
                return text ?? string.Empty;
            }

            int cut = SafeCut(text, maxLength);
            return text.Substring(0, cut) + "… (" + text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)";
        }

        /// <summary>A message cut to <see cref="MaxMessageLength"/>: its start and its end, which says what was wrong, with the middle left out.</summary>
        public static string OfMessage(string message)
        {
            if (message.Length <= MaxMessageLength)
            {
                return message;
            }

            int head = SafeCut(message, MaxMessageLength / 2);
            int tailStart = message.Length - (MaxMessageLength / 2);
            if (char.IsLowSurrogate(message[tailStart]))
            {
                tailStart++;
            }

            int omitted = tailStart - head;
            return message.Substring(0, head) + " … [" + omitted.ToString("N0", CultureInfo.InvariantCulture) + " characters left out] … " + message.Substring(tailStart);
        }

        // Never splits a surrogate pair.
        private static int SafeCut(string text, int length) => char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
    }
}
