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

    /// <summary>
    /// The loopback port to listen on; 0 (the default) picks a free one, which <see cref="GenAuthTestServer.BaseAddress"/> then names.
    /// </summary>
    public int Port { get; set; }

    /// <summary>
    /// A path prefix the server is mounted under, like an API gateway's (e.g. <c>/genauth</c>): requests to
    /// <c>/genauth/api/v3/...</c> are served, and signatures cover the path under it, as the SDKs sign it.
    /// Default: none.
    /// </summary>
    public string? PathBase { get; set; }

    /// <summary>
    /// Answer GROUP at get-custom-fields like the other target types. Off by default: the endpoint's docs
    /// say it does not support GROUP yet, so it answers a failure envelope (apiCode <see cref="GenAuthApiCodes.UnsupportedTargetType"/>).
    /// </summary>
    public bool AllowGroupCustomFields { get; set; }

    /// <summary>
    /// Answer authentication failures with HTTP 401 as well as the envelope's <c>statusCode</c> 401. Off by
    /// default: GenAuth V3 answers HTTP 200 with the failure envelope, as its docs say.
    /// </summary>
    public bool HttpStatusForAuthFailures { get; set; }

    /// <summary>The server's clock, for token expiry and timestamp checks (default: <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    private static string RandomHex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();
}
