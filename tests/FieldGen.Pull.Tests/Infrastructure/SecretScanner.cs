using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace FieldGen.Pull.Tests.Infrastructure
{
    /// <summary>
    /// Looks for a secret in text and in bytes: as UTF-8, UTF-16 (little endian) and base64, the
    /// encodings a log or a serialized object would carry it in.
    /// </summary>
    internal static class SecretScanner
    {
        /// <summary>The base64url header every JWT the test server issues starts with (<c>{"alg":"HS256","typ":"JWT"}</c>): finds any of its tokens without knowing one.</summary>
        public const string TestServerTokenPrefix = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

        public static bool Contains(byte[] haystack, string secret) =>
            IndexOf(haystack, Encoding.UTF8.GetBytes(secret)) >= 0
            || IndexOf(haystack, Encoding.Unicode.GetBytes(secret)) >= 0
            || IndexOf(haystack, Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)))) >= 0;

        public static bool Contains(string haystack, string secret) => Contains(Encoding.UTF8.GetBytes(haystack), secret);

        /// <summary>A .binlog is a gzip stream of records; the strings are only searchable once decompressed.</summary>
        public static byte[] ReadBinaryLog(string path)
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var content = new MemoryStream();
            gzip.CopyTo(content);
            return content.ToArray();
        }

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            return haystack.AsSpan().IndexOf(needle);
        }
    }
}
