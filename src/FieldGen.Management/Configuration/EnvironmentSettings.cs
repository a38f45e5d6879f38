using System;
using FieldGen.Authentication;

namespace FieldGen.Management.Configuration
{
    /// <summary>
    /// Reads the pull's secrets from environment variables, the only place FieldGen takes them from:
    /// MSBuild properties land in binary logs and command lines land in shell history and CI logs.
    /// </summary>
    internal static class EnvironmentSettings
    {
        public const string AccessKeyIdVariable = "FIELDGEN_ACCESS_KEY_ID";
        public const string AccessKeySecretVariable = "FIELDGEN_ACCESS_KEY_SECRET";
        public const string UserPoolIdVariable = "FIELDGEN_USER_POOL_ID";
        public const string HostVariable = "FIELDGEN_HOST";

        /// <summary>MSBuild writes every environment variable into a binary log when this is set.</summary>
        public const string MSBuildLogAllEnvironmentVariables = "MSBUILDLOGALLENVIRONMENTVARIABLES";

        /// <summary>The credentials, or null with <paramref name="problem"/> naming what is missing.</summary>
        public static GenAuthCredentials? ReadCredentials(Func<string, string?> getVariable, out string? problem)
        {
            string? id = Trimmed(getVariable(AccessKeyIdVariable));
            string? secret = Trimmed(getVariable(AccessKeySecretVariable));
            if (id is null || secret is null)
            {
                string missing = id is null && secret is null
                    ? AccessKeyIdVariable + " and " + AccessKeySecretVariable + " are"
                    : (id is null ? AccessKeyIdVariable : AccessKeySecretVariable) + " is";
                problem = missing + " not set";
                return null;
            }

            problem = null;
            return new GenAuthCredentials(id, secret, Trimmed(getVariable(UserPoolIdVariable)));
        }

        public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
