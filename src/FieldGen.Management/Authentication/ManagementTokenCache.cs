using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Authentication
{
    /// <summary>
    /// Keeps management tokens in memory (never on disk) per host and access key, until shortly
    /// before they expire. The official SDKs refetch only after expiry; a request then fails.
    /// </summary>
    internal sealed class ManagementTokenCache
    {
        private readonly Func<DateTimeOffset> _clock;
        private readonly Dictionary<string, ManagementToken> _tokens = new Dictionary<string, ManagementToken>(StringComparer.Ordinal);
        private readonly SemaphoreSlim _fetching = new SemaphoreSlim(1, 1);

        public ManagementTokenCache(Func<DateTimeOffset> clock)
        {
            _clock = clock;
        }

        /// <summary>One cache per process: a long-lived MSBuild node reuses a token across builds.</summary>
        public static ManagementTokenCache Shared { get; } = new ManagementTokenCache(() => DateTimeOffset.UtcNow);

        /// <summary>The cached token for the key, or a new one from <paramref name="fetch"/> (one fetch at a time).</summary>
        public async Task<ManagementToken> GetAsync(Uri host, GenAuthCredentials credentials, Func<CancellationToken, Task<ManagementToken>> fetch, CancellationToken cancellationToken)
        {
            string key = KeyOf(host, credentials);
            await _fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_tokens.TryGetValue(key, out ManagementToken? cached) && _clock() < cached.RefreshAt)
                {
                    return cached;
                }

                ManagementToken fresh = await fetch(cancellationToken).ConfigureAwait(false);
                _tokens[key] = fresh;
                return fresh;
            }
            finally
            {
                _fetching.Release();
            }
        }

        /// <summary>Forgets <paramref name="token"/> after the server refused it (revoked, or expired early).</summary>
        public void Invalidate(Uri host, GenAuthCredentials credentials, ManagementToken token)
        {
            string key = KeyOf(host, credentials);
            _fetching.Wait();
            try
            {
                if (_tokens.TryGetValue(key, out ManagementToken? cached) && ReferenceEquals(cached, token))
                {
                    _tokens.Remove(key);
                }
            }
            finally
            {
                _fetching.Release();
            }
        }

        // A hash of the secret, not the secret, so a rotated secret gets a new token.
        private static string KeyOf(Uri host, GenAuthCredentials credentials)
        {
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(credentials.AccessKeySecret));
            return host.AbsoluteUri + "\n" + credentials.AccessKeyId + "\n" + Convert.ToBase64String(hash);
        }
    }
}
