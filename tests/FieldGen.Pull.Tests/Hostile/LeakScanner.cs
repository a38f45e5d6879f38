using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>
    /// Finds a credential in bytes in any form the hostile server echoes it in, independently of
    /// FieldGen's redactor: it decodes instead of matching. Each blob is read as UTF-8 and as UTF-16
    /// (both byte alignments), NULs dropped, JSON \uXXXX and \/ escapes and %XX decoded (twice, for
    /// double encoding), then searched for the credential and its base64 and base64url forms (of UTF-8
    /// and UTF-16, at every alignment inside a longer blob).
    /// </summary>
    internal static class LeakScanner
    {
        private static readonly Regex JsonEscape = new(@"\\[uU]([0-9a-fA-F]{4})");
        private static readonly Regex UrlEscape = new(@"%([0-9a-fA-F]{2})");

        /// <summary>Where (which view) <paramref name="secret"/> was found in <paramref name="bytes"/>, or null.</summary>
        public static string? Find(byte[] bytes, string secret)
        {
            string[] needles = Needles(secret).ToArray();
            foreach ((string view, string text) in Views(bytes))
            {
                foreach (string decoded in new[] { text, Decode(text), Decode(Decode(text)) })
                {
                    foreach (string needle in needles)
                    {
                        if (decoded.Contains(needle, StringComparison.Ordinal))
                        {
                            return view + " contains '" + needle + "'";
                        }
                    }
                }
            }

            return null;
        }

        private static IEnumerable<(string View, string Text)> Views(byte[] bytes)
        {
            yield return ("UTF-8", Encoding.UTF8.GetString(bytes).Replace("\0", string.Empty));
            yield return ("UTF-16", Encoding.Unicode.GetString(bytes));
            if (bytes.Length > 1)
            {
                yield return ("UTF-16 at offset 1", Encoding.Unicode.GetString(bytes, 1, bytes.Length - 1));
            }
        }

        private static string Decode(string text)
        {
            string json = JsonEscape.Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()).Replace("\\/", "/");
            return UrlEscape.Replace(json, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()).Replace("\0", string.Empty);
        }

        private static IEnumerable<string> Needles(string secret)
        {
            yield return secret;
            foreach (byte[] bytes in new[] { Encoding.UTF8.GetBytes(secret), Encoding.Unicode.GetBytes(secret) })
            {
                for (int offset = 0; offset < 3; offset++)
                {
                    string base64 = Convert.ToBase64String(new byte[offset].Concat(bytes).ToArray());
                    // The middle only: the first and last characters also depend on the neighbouring bytes.
                    string middle = base64.Substring(4, base64.Length - 8);
                    yield return middle;
                    yield return middle.Replace('+', '-').Replace('/', '_');
                }
            }
        }
    }
}
