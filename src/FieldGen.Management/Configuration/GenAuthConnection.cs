using System;
using FieldGen.Authentication;

namespace FieldGen.Management.Configuration
{
    /// <summary>How requests authenticate: signed with the access key (the default), or with a management token.</summary>
    internal enum GenAuthScheme
    {
        /// <summary>Every request signed with HMAC-SHA1 (Node.js SDK 4.x, C# SDK 3.x): no token exists.</summary>
        Signature,

        /// <summary>A token from get-management-token, sent as <c>Authorization: Bearer</c>.</summary>
        ManagementToken,
    }

    /// <summary>Where and how to call the GenAuth management API.</summary>
    internal sealed class GenAuthConnection
    {
        /// <summary>The contract's default client timeout.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

        public GenAuthConnection(Uri host, GenAuthCredentials credentials, GenAuthScheme scheme, TimeSpan timeout)
        {
            Host = host;
            Credentials = credentials;
            Scheme = scheme;
            Timeout = timeout;
        }

        public Uri Host { get; }

        public GenAuthCredentials Credentials { get; }

        public GenAuthScheme Scheme { get; }

        /// <summary>Per request, not per pull.</summary>
        public TimeSpan Timeout { get; }

        /// <summary>The <c>x-authing-lang</c> header: the language of the server's messages (node's <c>zh-CN</c> by default, or <c>en-US</c>).</summary>
        public string Language { get; set; } = GenAuthRequestSigner.DefaultLanguage;

        /// <summary>Parses <c>Signature</c> (also empty) or <c>ManagementToken</c> (also <c>Token</c>), ignoring case.</summary>
        public static bool TryParseScheme(string? text, out GenAuthScheme scheme)
        {
            string value = (text ?? string.Empty).Trim();
            if (value.Length == 0 || value.Equals("Signature", StringComparison.OrdinalIgnoreCase))
            {
                scheme = GenAuthScheme.Signature;
                return true;
            }

            scheme = GenAuthScheme.ManagementToken;
            return value.Equals("ManagementToken", StringComparison.OrdinalIgnoreCase) || value.Equals("Token", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The management-token flow posts the secret itself, so it is refused over plain http except on
        /// loopback (a local test server); signed requests never send the secret.
        /// </summary>
        public string? SchemeProblem() =>
            Scheme == GenAuthScheme.ManagementToken && Host.Scheme == Uri.UriSchemeHttp && !Host.IsLoopback
                ? "the management-token flow sends the access key secret, and " + GenAuthHost.Display(Host) + " is plain http; use https or the default Signature scheme"
                : null;
    }
}
