using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace FieldGen.Management.Http
{
    /// <summary>
    /// The one place every string from the network passes through before FieldGen prints, logs,
    /// throws or writes it (a server's <c>message</c>, <c>requestId</c>, raw body, a redirect's
    /// <c>Location</c>, an exception's text, a pulled field's label). It masks the access key secret,
    /// every token and signature it was told about, and any <c>authing &lt;id&gt;:&lt;signature&gt;</c>
    /// value, in every form a server or proxy echoes them in: plain, base64 and base64url (of UTF-8 and
    /// UTF-16 at any alignment), UTF-16 read as bytes, URL-encoded and JSON-escaped (<c>\u002d</c> in
    /// either case, <c>\/</c>). The mask says that it redacted. Also compiled into FieldGen.Client.
    /// </summary>
    internal sealed class SecretRedactor
    {
        /// <summary>What replaces a secret: says that something was removed, not what.</summary>
        public const string Mask = "[redacted]";

        /// <summary>The most characters of server text a diagnostic quotes (after redaction).</summary>
        public const int QuoteLength = 300;

        // Shorter values would mask ordinary words.
        private const int MinimumLength = 6;

        // Quote redacts this much beyond what it prints, so a secret in any encoding that starts
        // inside the printed part is whole inside the redacted part (a \uXXXX-escaped secret is 6x long).
        private const int QuoteWindow = QuoteLength + 16 * 1024;

        // The SDKs' signed Authorization value; the signature part is masked wherever it shows up.
        private static readonly Regex AuthingSignature = new Regex(
            @"(?i)authing(?:\s|%20|\+|\\u0020)+[^\s:""'<>,;&]{1,200}?(?::|%3A|\\u003a)[A-Za-z0-9+/=_%\\-]{4,}",
            RegexOptions.CultureInvariant);

        private readonly object _gate = new object();
        private readonly List<string> _needles = new List<string>();
        private readonly HashSet<string> _known = new HashSet<string>(StringComparer.Ordinal);

        public SecretRedactor(string? accessKeySecret)
        {
            if (accessKeySecret is not null)
            {
                Add(accessKeySecret);
            }
        }

        /// <summary>Masks <paramref name="secret"/> (a secret, token or signature) from now on, in every encoding.</summary>
        public void Add(string secret)
        {
            if (secret.Length < MinimumLength)
            {
                return;
            }

            lock (_gate)
            {
                if (!_known.Add(secret))
                {
                    return;
                }

                AddNeedle(secret);
                foreach (byte[] bytes in new[] { Encoding.UTF8.GetBytes(secret), Encoding.Unicode.GetBytes(secret) })
                {
                    foreach (string base64 in Base64Forms(bytes))
                    {
                        AddNeedle(base64);
                        AddNeedle(base64.Replace('+', '-').Replace('/', '_'));
                    }
                }
            }
        }

        /// <summary>Masks the credential of an <c>authorization</c> header value (<c>Bearer t</c> or <c>authing id:signature</c>).</summary>
        public void AddAuthorization(string headerValue)
        {
            int colon = headerValue.LastIndexOf(':');
            int space = headerValue.LastIndexOf(' ');
            Add(headerValue.Substring(Math.Max(colon, space) + 1));
        }

        /// <summary><paramref name="text"/> with every known secret, in every form, replaced by <see cref="Mask"/>.</summary>
        public string Redact(string text)
        {
            string[] needles;
            lock (_gate)
            {
                needles = _needles.ToArray();
            }

            // One pass over the text for all needles: a match can only start at a needle's first
            // character or at an escape (\uXXXX, %XX), so most positions cost one comparison.
            StringBuilder? result = null;
            int copied = 0;
            int index = 0;
            while (index < text.Length)
            {
                int end = MayStartMatch(text[index], needles) ? MatchAny(text, index, needles) : -1;
                if (end < 0)
                {
                    index++;
                    continue;
                }

                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, index - copied).Append(Mask);
                copied = end;
                index = end;
            }

            string masked = result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
            return masked.IndexOf("authing", StringComparison.OrdinalIgnoreCase) < 0 ? masked : AuthingSignature.Replace(masked, "authing " + Mask);
        }

        /// <summary>Whether <paramref name="text"/> carries a known secret in any form.</summary>
        public bool Contains(string text) => Redact(text) != text;

        /// <summary>
        /// Server text as a diagnostic may quote it: redacted, on one line (line breaks and other control
        /// characters become spaces), at most <paramref name="maxLength"/> characters, with "..." when cut.
        /// Reads only the start of a long text, so a 300 MB message costs no more than a short one.
        /// </summary>
        public string Quote(string? text, int maxLength = QuoteLength)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            string oneLine = OneLine(text!, QuoteWindow, out bool cut);
            string redacted = Redact(oneLine);
            if (redacted.Length > maxLength)
            {
                return redacted.Substring(0, maxLength) + "...";
            }

            return cut ? redacted + "..." : redacted;
        }

        /// <summary>Text on one line (no redaction): for FieldGen's own messages that embed server keys, as a last guard.</summary>
        public static string OneLine(string text, int maxLength)
        {
            string oneLine = OneLine(text, maxLength, out bool cut);
            return cut ? oneLine + "..." : oneLine;
        }

        /// <summary>Collapses runs of white space and control characters to one space; drops NULs (UTF-16 read as bytes).</summary>
        private static string OneLine(string text, int limit, out bool cut)
        {
            var builder = new StringBuilder(Math.Min(text.Length, limit));
            bool pendingSpace = false;
            cut = false;
            foreach (char c in text)
            {
                if (c == '\0')
                {
                    continue;
                }

                if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (builder.Length >= limit)
                {
                    cut = true;
                    break;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        private void AddNeedle(string needle)
        {
            if (needle.Length >= MinimumLength && !_needles.Contains(needle))
            {
                _needles.Add(needle);
            }
        }

        /// <summary>
        /// The base64 text of <paramref name="bytes"/> as it appears inside a longer base64 text, at each
        /// of the three byte alignments: only the characters that depend on these bytes alone.
        /// </summary>
        private static IEnumerable<string> Base64Forms(byte[] bytes)
        {
            for (int offset = 0; offset < 3; offset++)
            {
                var padded = new byte[offset + bytes.Length];
                Array.Copy(bytes, 0, padded, offset, bytes.Length);
                string text = Convert.ToBase64String(padded).TrimEnd('=');
                int dropStart = offset == 0 ? 0 : offset + 1;
                int dropEnd = padded.Length % 3 == 0 ? 0 : 1;
                if (text.Length - dropStart - dropEnd > 0)
                {
                    yield return text.Substring(dropStart, text.Length - dropStart - dropEnd);
                }
            }
        }

        private static bool IsEscape(char c) => c == '\\' || c == '%' || c == '+';

        private static bool MayStartMatch(char c, string[] needles)
        {
            if (IsEscape(c))
            {
                return true;
            }

            foreach (string needle in needles)
            {
                if (needle[0] == c)
                {
                    return true;
                }
            }

            return false;
        }

        private static int MatchAny(string text, int start, string[] needles)
        {
            bool escape = IsEscape(text[start]);
            foreach (string needle in needles)
            {
                if (!escape && needle[0] != text[start])
                {
                    continue;
                }

                int end = MatchAt(text, start, needle);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        /// <summary>Where a match of <paramref name="needle"/> starting at <paramref name="start"/> ends, in any encoding of each character; -1 if none.</summary>
        private static int MatchAt(string text, int start, string needle)
        {
            int position = start;
            for (int i = 0; i < needle.Length; i++)
            {
                if (i > 0)
                {
                    position = SkipNuls(text, position);
                }

                position = MatchChar(text, position, needle[i]);
                if (position < 0)
                {
                    return -1;
                }
            }

            return position;
        }

        // UTF-16 read as UTF-8 puts a NUL after each ASCII character; JSON writes it as \u0000.
        private static int SkipNuls(string text, int position)
        {
            while (true)
            {
                if (position < text.Length && text[position] == '\0')
                {
                    position++;
                }
                else if (Escaped(text, position) == '\0')
                {
                    position += 6;
                }
                else
                {
                    return position;
                }
            }
        }

        private static int MatchChar(string text, int position, char expected)
        {
            if (position >= text.Length)
            {
                return -1;
            }

            char c = text[position];
            if (c == expected)
            {
                return position + 1;
            }

            if (c == '\\' && position + 1 < text.Length)
            {
                if (Escaped(text, position) == expected)
                {
                    return position + 6;
                }

                char next = text[position + 1];
                return next == expected && (expected == '/' || expected == '\\' || expected == '"') ? position + 2 : -1;
            }

            if (c == '+' && expected == ' ')
            {
                return position + 1;
            }

            if (c == '%')
            {
                // URL encoding: the UTF-8 bytes of the character, each as %XX in either case.
                foreach (byte b in Encoding.UTF8.GetBytes(new[] { expected }))
                {
                    if (position + 2 >= text.Length || text[position] != '%')
                    {
                        return -1;
                    }

                    int high = Hex(text[position + 1]);
                    int low = Hex(text[position + 2]);
                    if (high < 0 || low < 0 || (high * 16) + low != b)
                    {
                        return -1;
                    }

                    position += 3;
                }

                return position;
            }

            return -1;
        }

        /// <summary>The character of a JSON <c>\uXXXX</c> escape at <paramref name="position"/> (hex in either case), or -1.</summary>
        private static int Escaped(string text, int position)
        {
            if (position + 5 >= text.Length || text[position] != '\\' || (text[position + 1] != 'u' && text[position + 1] != 'U'))
            {
                return -1;
            }

            int value = 0;
            for (int i = position + 2; i < position + 6; i++)
            {
                int digit = Hex(text[i]);
                if (digit < 0)
                {
                    return -1;
                }

                value = (value * 16) + digit;
            }

            return value;
        }

        private static int Hex(char c) =>
            c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
            : -1;
    }
}
