using System;
using System.Globalization;
using FieldGen.Authentication;
using FieldGen.Management.Pull;

namespace FieldGen.Management.Configuration
{
    /// <summary>What the user calls each setting, so messages name the MSBuild property or the CLI option they actually set.</summary>
    internal sealed class SettingNames
    {
        public static readonly SettingNames MSBuild = new SettingNames("FieldGenHost", "FieldGenAuthScheme", "FieldGenPullTimeout");
        public static readonly SettingNames CommandLine = new SettingNames("--host", "--auth", "--timeout");

        private SettingNames(string host, string scheme, string timeout)
        {
            Host = host;
            Scheme = scheme;
            Timeout = timeout;
        }

        public string Host { get; }

        public string Scheme { get; }

        public string Timeout { get; }
    }

    /// <summary>Builds a <see cref="GenAuthConnection"/> from configuration and the environment, checked once, or says what is wrong.</summary>
    internal static class ConnectionSettings
    {
        public static GenAuthConnection? Read(string? host, string? scheme, string? timeoutSeconds, Func<string, string?> environment, SettingNames names, out PullFailure? problem)
        {
            Uri? hostUri = GenAuthHost.Resolve(host, environment(EnvironmentSettings.HostVariable), out string? hostProblem);
            if (hostUri is null)
            {
                problem = Invalid(hostProblem!, "set " + names.Host + " or " + EnvironmentSettings.HostVariable + " to the API host, e.g. " + GenAuthHost.Default);
                return null;
            }

            if (!GenAuthConnection.TryParseScheme(scheme, out GenAuthScheme authScheme))
            {
                problem = Invalid(names.Scheme + " '" + scheme + "' is neither Signature nor ManagementToken", "leave it out to sign requests with the access key (the default), or use ManagementToken");
                return null;
            }

            TimeSpan timeout = GenAuthConnection.DefaultTimeout;
            if (!string.IsNullOrWhiteSpace(timeoutSeconds))
            {
                if (!double.TryParse(timeoutSeconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || seconds <= 0 || seconds > 3600)
                {
                    problem = Invalid(names.Timeout + " '" + timeoutSeconds + "' is not a number of seconds between 0 and 3600", "give e.g. 10");
                    return null;
                }

                timeout = TimeSpan.FromSeconds(seconds);
            }

            GenAuthCredentials? credentials = EnvironmentSettings.ReadCredentials(environment, out string? missing);
            if (credentials is null)
            {
                problem = new PullFailure(
                    PullFailureKind.MissingCredentials,
                    "cannot pull the custom-field schema: " + missing,
                    "set " + EnvironmentSettings.AccessKeyIdVariable + " and " + EnvironmentSettings.AccessKeySecretVariable + " in the environment to the user pool's access key (GenAuth console); FieldGen reads them nowhere else");
                return null;
            }

            var connection = new GenAuthConnection(hostUri, credentials, authScheme, timeout);
            if (!AnswerCaps.TryRead(connection, environment, out string? capProblem))
            {
                problem = Invalid(capProblem!, "give a number of bytes between " + AnswerCaps.Minimum + " and " + AnswerCaps.Maximum + ", or unset it for the default");
                return null;
            }

            string? schemeProblem = connection.SchemeProblem();
            if (schemeProblem is not null)
            {
                problem = Invalid(schemeProblem, "use an https host");
                return null;
            }

            problem = null;
            return connection;
        }

        private static PullFailure Invalid(string what, string advice) => new PullFailure(PullFailureKind.InvalidConfiguration, what, advice);
    }
}
