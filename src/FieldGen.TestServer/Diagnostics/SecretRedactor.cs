using System;

namespace FieldGen.TestServer;

/// <summary>Masks credentials before anything reaches the request log.</summary>
internal sealed class SecretRedactor
{
    internal const string Mask = "<redacted>";

    private readonly string _secret;

    public SecretRedactor(string secret) => _secret = secret;

    public string Redact(string text) =>
        _secret.Length == 0 ? text : text.Replace(_secret, Mask, StringComparison.Ordinal);

    /// <summary>Keeps the scheme and the access key id (useful in assertions), drops tokens and signatures.</summary>
    public static string RedactAuthorization(string value)
    {
        string trimmed = value.Trim();
        if (trimmed.StartsWith("authing ", StringComparison.OrdinalIgnoreCase))
        {
            int colon = trimmed.LastIndexOf(':');
            return colon < 0 ? "authing " + Mask : trimmed[..(colon + 1)] + Mask;
        }

        return trimmed.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "Bearer " + Mask : Mask;
    }
}
