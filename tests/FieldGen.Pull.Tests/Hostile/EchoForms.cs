using System;
using System.Linq;
using System.Text;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>The forms a server or proxy echoes a credential in, as JSON string content (already escaped) or raw bytes.</summary>
    internal static class EchoForms
    {
        public static readonly string[] All =
        {
            "plain", "base64", "base64url", "base64-offset", "base64-utf16", "utf16", "url", "json-all", "json-mixed",
        };

        /// <summary>The credential in <paramref name="form"/>, ready to sit between the quotes of a JSON string.</summary>
        public static string InJson(string form, string secret) => form switch
        {
            "plain" => secret.Replace("\\", "\\\\").Replace("\"", "\\\""),
            "base64" => "blob " + Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)),
            "base64url" => Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            // Embedded at an odd byte offset of a longer base64 blob, so its characters shift.
            "base64-offset" => Convert.ToBase64String(Encoding.UTF8.GetBytes("id=" + secret + ";")),
            "base64-utf16" => Convert.ToBase64String(Encoding.Unicode.GetBytes(secret)),
            "utf16" => string.Concat(secret.Select(c => Plain(c) + "\\u0000")),
            "url" => string.Concat(Encoding.UTF8.GetBytes(secret).Select(b => "%" + b.ToString("x2"))),
            "json-all" => string.Concat(secret.Select(c => "\\u" + ((int)c).ToString("x4"))),
            // What encoders such as System.Text.Json's default write: + - escaped upper-case, / as \/.
            "json-mixed" => string.Concat(secret.Select(c => c == '-' ? "\\u002D" : c == '+' ? "\\u002B" : c == '/' ? "\\/" : Plain(c))),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
        };

        /// <summary>The credential in <paramref name="form"/> as the bytes of a body that is not JSON (UTF-16 as real UTF-16 bytes).</summary>
        public static byte[] InRawBody(string form, string secret) =>
            form == "utf16" ? Encoding.Unicode.GetBytes(secret) : Encoding.UTF8.GetBytes(InJson(form, secret));

        private static string Plain(char c) => c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c.ToString();
    }
}
