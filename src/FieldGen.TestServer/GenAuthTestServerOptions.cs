using System;
using System.Security.Cryptography;

namespace FieldGen.TestServer;

/// <summary>
/// Settings of a <see cref="GenAuthTestServer"/>. Every property has a usable default, so
/// <c>new GenAuthTestServerOptions()</c> (or passing nothing) starts a working server.
/// </summary>
/// <remarks>A class rather than a record on purpose: a record's generated <c>ToString</c> would print the secret.</remarks>
public sealed class GenAuthTestServerOptions
{
    /// <summary>The access key id the server accepts (default: random).</summary>
    public string AccessKeyId { get; set; } = "ak" + RandomHex(12);

    /// <summary>The access key secret the server accepts (default: random). Never logged nor echoed.</summary>
    public string AccessKeySecret { get; set; } = RandomHex(16);

    /// <summary>
    /// The user pool id: the <c>scoped_userpool_id</c> claim of issued tokens and the value the
    /// <c>x-authing-userpool-id</c> header must carry with a bearer token (default: random, 24 hex digits).
    /// </summary>
    public string UserPoolId { get; set; } = RandomHex(12);

    /// <summary>How long an issued management token stays valid; its <c>expires_in</c> in whole seconds (default: 7200 s).</summary>
    public TimeSpan ManagementTokenLifetime { get; set; } = TimeSpan.FromSeconds(7200);

    /// <summary>How far a signed request's <c>date</c> / <c>x-authing-date</c> may be from the server clock (default: 15 minutes).</summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The server's clock, for token expiry and timestamp checks (default: <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    private static string RandomHex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();
}
