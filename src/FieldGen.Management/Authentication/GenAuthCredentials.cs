using System;

namespace FieldGen.Authentication
{
    /// <summary>
    /// An access key of a GenAuth user pool (the console's "access key id" and "access key secret"),
    /// and optionally the user pool id. A class with a redacting <see cref="ToString"/> on purpose:
    /// a record would print the secret into any log that formats it.
    /// </summary>
    internal sealed class GenAuthCredentials
    {
        public GenAuthCredentials(string accessKeyId, string accessKeySecret, string? userPoolId)
        {
            AccessKeyId = string.IsNullOrEmpty(accessKeyId) ? throw new ArgumentException("An access key id is required.", nameof(accessKeyId)) : accessKeyId;
            AccessKeySecret = string.IsNullOrEmpty(accessKeySecret) ? throw new ArgumentException("An access key secret is required.", nameof(accessKeySecret)) : accessKeySecret;
            UserPoolId = string.IsNullOrEmpty(userPoolId) ? null : userPoolId;
        }

        public string AccessKeyId { get; }

        public string AccessKeySecret { get; }

        /// <summary>Sent as <c>x-authing-userpool-id</c> with a management token; taken from the token's claim when null.</summary>
        public string? UserPoolId { get; }

        public override string ToString() => "access key " + AccessKeyId + " (secret hidden)";
    }
}
