using System;
using System.Collections.Generic;
using System.Linq;

namespace FieldGen.TestServer;

/// <summary>
/// Nonces already used by verified signed requests. A nonce only needs remembering while its request's
/// timestamp could still pass the skew check, so entries older than that are dropped.
/// </summary>
internal sealed class NonceCache
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _forgetAt = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="nonce"/>; false when it was already used.</summary>
    public bool TryUse(string nonce, DateTimeOffset now, TimeSpan rememberFor)
    {
        lock (_gate)
        {
            foreach (string stale in _forgetAt.Where(e => e.Value <= now).Select(e => e.Key).ToList())
            {
                _forgetAt.Remove(stale);
            }

            return _forgetAt.TryAdd(nonce, now + rememberFor);
        }
    }
}
