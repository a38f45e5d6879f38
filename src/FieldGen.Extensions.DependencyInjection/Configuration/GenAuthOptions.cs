using System;

namespace FieldGen.Client
{
    /// <summary>
    /// The <c>GenAuth</c> configuration section <c>AddGenAuthCustomData</c> binds: where GenAuth is and
    /// the user pool's access key. Put the secret in user-secrets or the environment
    /// (<c>GenAuth__AccessKeySecret</c>), not in appsettings.json. <see cref="ToString"/> hides it.
    /// </summary>
    /// <remarks>A class, not a record: a record's generated <c>ToString</c> would print the secret.</remarks>
    public sealed class GenAuthOptions
    {
        /// <summary>The configuration section the README and the sample use.</summary>
        public const string SectionName = "GenAuth";

        /// <summary>The API host, e.g. <c>https://api.authing.cn</c> or a private deployment (key <c>GenAuth:Host</c>; required).</summary>
        public Uri? Host { get; set; }

        /// <summary>The access key id (key <c>GenAuth:AccessKeyId</c>; required).</summary>
        public string? AccessKeyId { get; set; }

        /// <summary>The access key secret (key <c>GenAuth:AccessKeySecret</c>; required). Never logged.</summary>
        public string? AccessKeySecret { get; set; }

        /// <summary>How requests authenticate (key <c>GenAuth:AuthScheme</c>: <c>Signature</c>, the default, or <c>ManagementToken</c>).</summary>
        public GenAuthAuthScheme AuthScheme { get; set; } = GenAuthAuthScheme.Signature;

        /// <summary>The user pool id sent as <c>x-authing-userpool-id</c> with a token (key <c>GenAuth:UserPoolId</c>); taken from the token when empty.</summary>
        public string? UserPoolId { get; set; }

        /// <summary>The language of the server's messages, <c>zh-CN</c> (default) or <c>en-US</c> (key <c>GenAuth:Language</c>).</summary>
        public string Language { get; set; } = "zh-CN";

        /// <summary>The host and access key id only.</summary>
        public override string ToString() => "GenAuth " + (Host?.GetLeftPart(UriPartial.Authority) ?? "(no host)") + ", access key " + (AccessKeyId ?? "(none)") + " (secret hidden)";
    }
}
