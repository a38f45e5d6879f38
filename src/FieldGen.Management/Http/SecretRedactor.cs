using System;
using System.Collections.Generic;

namespace FieldGen.Management.Http
{
    /// <summary>
    /// Masks the access key secret and any management token in text that came from elsewhere (a server
    /// message, an exception) before FieldGen prints it: nothing FieldGen reports can carry a secret,
    /// even if a proxy or server echoes one back.
    /// </summary>
    internal sealed class SecretRedactor
    {
        private const string Mask = "***";
        private readonly object _gate = new object();
        private readonly List<string> _secrets = new List<string>();

        public SecretRedactor(string accessKeySecret)
        {
            Add(accessKeySecret);
        }

        public void Add(string secret)
        {
            // Very short values would mask ordinary words.
            if (secret.Length >= 6)
            {
                lock (_gate)
                {
                    _secrets.Add(secret);
                }
            }
        }

        public string Redact(string text)
        {
            lock (_gate)
            {
                foreach (string secret in _secrets)
                {
                    text = Replace(text, secret);
                }
            }

            return text;
        }

        private static string Replace(string text, string secret)
        {
            int index = text.IndexOf(secret, StringComparison.Ordinal);
            while (index >= 0)
            {
                text = text.Substring(0, index) + Mask + text.Substring(index + secret.Length);
                index = text.IndexOf(secret, index + Mask.Length, StringComparison.Ordinal);
            }

            return text;
        }
    }
}
