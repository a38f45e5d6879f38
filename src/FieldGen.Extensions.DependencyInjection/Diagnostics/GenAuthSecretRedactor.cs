using System;
using FieldGen.Management.Http;
using Microsoft.Extensions.Options;

namespace FieldGen.Client
{
    /// <summary>
    /// Masks the configured secret (every value it has had, so a rotated one stays masked) and every
    /// management token seen, in any text from the server or an exception before it is logged.
    /// </summary>
    internal sealed class GenAuthSecretRedactor : IDisposable
    {
        private readonly SecretRedactor _redactor = new SecretRedactor(string.Empty);
        private readonly IDisposable? _subscription;

        public GenAuthSecretRedactor(IOptionsMonitor<GenAuthOptions> options)
        {
            AddSecretOf(options.CurrentValue);
            _subscription = options.OnChange(AddSecretOf);
        }

        public void Add(string secret) => _redactor.Add(secret);

        public string Redact(string text) => _redactor.Redact(text);

        public void Dispose() => _subscription?.Dispose();

        private void AddSecretOf(GenAuthOptions options)
        {
            if (!string.IsNullOrEmpty(options.AccessKeySecret))
            {
                _redactor.Add(options.AccessKeySecret!);
            }
        }
    }
}
