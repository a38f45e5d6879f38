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

        /// <summary>The default cap on a get-custom-fields answer: 8 MiB (a tenant with a thousand fields answers well under 1 MiB).</summary>
        public const long DefaultMaxSchemaAnswerBytes = 8L * 1024 * 1024;

        /// <summary>The default cap on a get-management-token answer: 64 KiB (a real one is under 2 KiB).</summary>
        public const long DefaultMaxTokenAnswerBytes = 64L * 1024;

        /// <summary>A get-custom-fields answer larger than this stops being read and fails the pull (FIELDGEN_PULL_MAX_ANSWER_BYTES).</summary>
        public long MaxSchemaAnswerBytes { get; set; } = DefaultMaxSchemaAnswerBytes;

        /// <summary>A get-management-token answer larger than this fails the pull (FIELDGEN_PULL_MAX_TOKEN_ANSWER_BYTES).</summary>
        public long MaxTokenAnswerBytes { get; set; } = DefaultMaxTokenAnswerBytes;

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
        /// Plain http only to loopback (a local test server): the management-token flow posts the secret
        /// itself, and signed requests carry the access key id, a signature and the tenant's schema.
        /// The address actually connected to is checked again when connecting (<see cref="Http.PullHttpClient"/>).
        /// </summary>
        public string? SchemeProblem() =>
            Host.Scheme == Uri.UriSchemeHttp && !Host.IsLoopback
                ? GenAuthHost.Display(Host) + " is plain http and not a loopback address; "
                    + (Scheme == GenAuthScheme.ManagementToken ? "the management-token flow would send the access key secret in clear text" : "signed requests and the schema would travel in clear text")
                : null;
    }
}
