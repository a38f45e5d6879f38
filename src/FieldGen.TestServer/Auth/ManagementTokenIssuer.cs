using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>The state of a presented management token.</summary>
internal enum TokenState
{
    Valid,
    Unknown,
    Expired,
    Revoked,
}

/// <summary>
/// Issues JWT-shaped management tokens (HS256 with a per-server random key) and remembers them, so
/// expiry and revocation are decided by lookup rather than by trusting the token's own claims.
/// </summary>
internal sealed class ManagementTokenIssuer
{
    private readonly GenAuthTestServerOptions _options;
    private readonly byte[] _signingKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, IssuedToken> _issued = new(StringComparer.Ordinal);

    public ManagementTokenIssuer(GenAuthTestServerOptions options) => _options = options;

    public (string Token, long ExpiresInSeconds) Issue()
    {
        DateTimeOffset now = _options.TimeProvider.GetUtcNow();
        DateTimeOffset expiresAt = now + _options.ManagementTokenLifetime;
        var payload = new JsonObject
        {
            ["iss"] = "FieldGen.TestServer",
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["scoped_userpool_id"] = _options.UserPoolId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = expiresAt.ToUnixTimeSeconds(),
        };
        string unsigned = Segment("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + Segment(payload.ToJsonString());
        string token = unsigned + "." + Base64Url.Encode(HMACSHA256.HashData(_signingKey, Encoding.UTF8.GetBytes(unsigned)));
        _issued[token] = new IssuedToken(expiresAt, Revoked: false);
        return (token, (long)_options.ManagementTokenLifetime.TotalSeconds);
    }

    public TokenState Check(string token)
    {
        if (!_issued.TryGetValue(token, out var issued))
        {
            return TokenState.Unknown;
        }

        if (issued.Revoked)
        {
            return TokenState.Revoked;
        }

        return _options.TimeProvider.GetUtcNow() >= issued.ExpiresAt ? TokenState.Expired : TokenState.Valid;
    }

    public int RevokeAll()
    {
        int revoked = 0;
        foreach (string token in _issued.Keys.ToList())
        {
            if (_issued.TryGetValue(token, out var issued) && !issued.Revoked)
            {
                _issued[token] = issued with { Revoked = true };
                revoked++;
            }
        }

        return revoked;
    }

    private static string Segment(string json) => Base64Url.Encode(Encoding.UTF8.GetBytes(json));

    private sealed record IssuedToken(DateTimeOffset ExpiresAt, bool Revoked);
}
