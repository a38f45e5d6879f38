using System;

namespace FieldGen.TestServer;

/// <summary>base64url without padding, as JWTs use it (System.Buffers.Text.Base64Url is .NET 9+ only).</summary>
internal static class Base64Url
{
    public static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
