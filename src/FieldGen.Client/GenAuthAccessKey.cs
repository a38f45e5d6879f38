using System;

namespace FieldGen.Client
{
    /// <summary>
    /// A user pool's access key (access key id and secret, from the GenAuth console). Its
    /// <see cref="ToString"/> never shows the secret, so logging the object is safe.
    /// </summary>
    public sealed class GenAuthAccessKey
    {
        /// <summary>The environment variable <see cref="FromEnvironment"/> reads the access key id from.</summary>
        public const string AccessKeyIdVariable = "FIELDGEN_ACCESS_KEY_ID";

        /// <summary>The environment variable <see cref="FromEnvironment"/> reads the secret from.</summary>
        public const string AccessKeySecretVariable = "FIELDGEN_ACCESS_KEY_SECRET";

        /// <summary>Creates an access key.</summary>
        /// <exception cref="ArgumentException">The id or the secret is empty.</exception>
        public GenAuthAccessKey(string accessKeyId, string accessKeySecret)
        {
            AccessKeyId = string.IsNullOrEmpty(accessKeyId) ? throw new ArgumentException("An access key id is required.", nameof(accessKeyId)) : accessKeyId;
            AccessKeySecret = string.IsNullOrEmpty(accessKeySecret) ? throw new ArgumentException("An access key secret is required.", nameof(accessKeySecret)) : accessKeySecret;
        }

        /// <summary>The access key id; sent with every request.</summary>
        public string AccessKeyId { get; }

        /// <summary>The secret; only used to sign requests, never sent.</summary>
        public string AccessKeySecret { get; }

        /// <summary>Reads <c>FIELDGEN_ACCESS_KEY_ID</c> and <c>FIELDGEN_ACCESS_KEY_SECRET</c>.</summary>
        /// <exception cref="InvalidOperationException">A variable is not set.</exception>
        public static GenAuthAccessKey FromEnvironment()
        {
            string? id = Environment.GetEnvironmentVariable(AccessKeyIdVariable);
            string? secret = Environment.GetEnvironmentVariable(AccessKeySecretVariable);
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(secret))
            {
                throw new InvalidOperationException($"Set {AccessKeyIdVariable} and {AccessKeySecretVariable} to the user pool's access key, or give GenAuthClientOptions.AccessKeyProvider.");
            }

            return new GenAuthAccessKey(id!.Trim(), secret!.Trim());
        }

        /// <summary>The access key id only.</summary>
        public override string ToString() => "access key " + AccessKeyId + " (secret hidden)";
    }
}
