using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FieldGen.TestServer;

/// <summary>
/// Checks an <c>authorization: authing &lt;accessKeyId&gt;:&lt;base64 HMAC-SHA1&gt;</c> request: key, nonce,
/// timestamp, signature, then replay (a nonce is spent only by a request that verified, so a forged
/// request cannot burn a real client's nonce).
/// </summary>
internal sealed class SignedRequestVerifier
{
    private const string Scheme = "authing ";

    private readonly GenAuthTestServerOptions _options;
    private readonly NonceCache _nonces = new();

    public SignedRequestVerifier(GenAuthTestServerOptions options) => _options = options;

    public AuthOutcome Verify(IncomingRequest request, string authorization)
    {
        string credential = authorization.Trim()[Scheme.Length..].Trim();
        int colon = credential.LastIndexOf(':');
        if (colon <= 0 || colon == credential.Length - 1)
        {
            return Refuse(GenAuthApiCodes.MalformedSignature, "authorization must be 'authing <accessKeyId>:<signature>'");
        }

        if (!string.Equals(credential[..colon], _options.AccessKeyId, StringComparison.Ordinal))
        {
            return Refuse(GenAuthApiCodes.BadCredentials, "unknown access key id");
        }

        if (request.Header("x-authing-signature-method") is { } method && method.Trim() != "HMAC-SHA1")
        {
            return Refuse(GenAuthApiCodes.MalformedSignature, $"unsupported x-authing-signature-method '{method}'; only HMAC-SHA1");
        }

        if (request.Header("x-authing-signature-version") is { } version && version.Trim() != "1.0")
        {
            return Refuse(GenAuthApiCodes.MalformedSignature, $"unsupported x-authing-signature-version '{version}'; only 1.0");
        }

        string? nonce = request.Header("x-authing-signature-nonce")?.Trim();
        if (string.IsNullOrEmpty(nonce))
        {
            return Refuse(GenAuthApiCodes.MissingNonce, "missing x-authing-signature-nonce header");
        }

        DateTimeOffset now = _options.TimeProvider.GetUtcNow();
        if (CheckTimestamp(request, now) is { } timestampFailure)
        {
            return timestampFailure;
        }

        if (!SignatureMatches(request, credential[(colon + 1)..], out string expectedText))
        {
            // The string the server signed is request data only (no secret), and it is what a client author needs to see.
            return Refuse(GenAuthApiCodes.BadSignature, "signature does not match; the server signed: " + expectedText);
        }

        if (!_nonces.TryUse(nonce, now, _options.AllowedClockSkew + _options.AllowedClockSkew))
        {
            return Refuse(GenAuthApiCodes.ReplayedNonce, $"nonce '{nonce}' was already used");
        }

        return AuthOutcome.Accepted(AuthScheme.Signature);
    }

    private AuthOutcome? CheckTimestamp(IncomingRequest request, DateTimeOffset now)
    {
        string? epochMs = request.Header("x-authing-date");
        string? rfc1123 = request.Header("date");
        DateTimeOffset sent;
        if (epochMs is not null)
        {
            if (!long.TryParse(epochMs.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long ms) || !TryFromEpochMs(ms, out sent))
            {
                return Refuse(GenAuthApiCodes.BadTimestamp, $"x-authing-date '{epochMs}' is not epoch milliseconds");
            }
        }
        else if (rfc1123 is not null)
        {
            if (!DateTimeOffset.TryParseExact(rfc1123.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out sent))
            {
                return Refuse(GenAuthApiCodes.BadTimestamp, $"date '{rfc1123}' is not an RFC 1123 date");
            }
        }
        else
        {
            return Refuse(GenAuthApiCodes.MissingDate, "missing date (or x-authing-date) header");
        }

        TimeSpan skew = (now - sent).Duration();
        return skew > _options.AllowedClockSkew
            ? Refuse(GenAuthApiCodes.ClockSkew, $"request time is {skew.TotalSeconds:0} s from the server clock; at most {_options.AllowedClockSkew.TotalSeconds:0} s allowed")
            : null;
    }

    private bool SignatureMatches(IncomingRequest request, string presented, out string expectedText)
    {
        var parameters = SignatureParameters.Of(request);
        expectedText = StringToSign.Build(request.Method, request.Headers, request.Path, parameters);
        if (Matches(expectedText, presented))
        {
            return true;
        }

        // Without parameters the server cannot tell "no keys" (signed as "path") from "only undefined
        // values" (signed as "path?"), so both forms are accepted.
        return parameters.Count == 0
            && Matches(StringToSign.Build(request.Method, request.Headers, request.Path, parameters, markEmptyParameters: true), presented);
    }

    private bool Matches(string stringToSign, string presented)
    {
        byte[] expected = Encoding.ASCII.GetBytes(Convert.ToBase64String(
            HMACSHA1.HashData(Encoding.UTF8.GetBytes(_options.AccessKeySecret), Encoding.UTF8.GetBytes(stringToSign))));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(presented.Trim()));
    }

    private static bool TryFromEpochMs(long ms, out DateTimeOffset time)
    {
        try
        {
            time = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            time = default;
            return false;
        }
    }

    private static AuthOutcome Refuse(int apiCode, string message) => AuthOutcome.Refused(AuthScheme.Signature, apiCode, message);
}
