using System;
using System.Globalization;
using FieldGen.Authentication;
using FieldGen.Management.Configuration;
using FieldGen.Management.Pull;

namespace FieldGen.Build.Tasks
{
    /// <summary>The task's configuration checked once: host, credentials from the environment, scheme and timeout.</summary>
    internal sealed class PullSettings
    {
        private PullSettings(GenAuthConnection connection)
        {
            Connection = connection;
        }

        public GenAuthConnection Connection { get; }

        public string HostDisplay => GenAuthHost.Display(Connection.Host);

        public static PullSettings? Read(string? host, string? scheme, string? timeoutSeconds, Func<string, string?> environment, out PullFailure? problem)
        {
            Uri? hostUri = GenAuthHost.Resolve(host, environment(EnvironmentSettings.HostVariable), out string? hostProblem);
            if (hostUri is null)
            {
                problem = Invalid(hostProblem!, "set FieldGenHost or " + EnvironmentSettings.HostVariable + " to the API host, e.g. " + GenAuthHost.Default);
                return null;
            }

            if (!GenAuthConnection.TryParseScheme(scheme, out GenAuthScheme authScheme))
            {
                problem = Invalid("FieldGenAuthScheme '" + scheme + "' is neither Signature nor ManagementToken", "remove it to sign requests with the access key (the default), or set ManagementToken");
                return null;
            }

            TimeSpan timeout = GenAuthConnection.DefaultTimeout;
            if (!string.IsNullOrWhiteSpace(timeoutSeconds))
            {
                if (!double.TryParse(timeoutSeconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || seconds <= 0 || seconds > 3600)
                {
                    problem = Invalid("FieldGenPullTimeout '" + timeoutSeconds + "' is not a number of seconds between 0 and 3600", "set it to e.g. 10");
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
                    "set " + EnvironmentSettings.AccessKeyIdVariable + " and " + EnvironmentSettings.AccessKeySecretVariable + " in the environment to the user pool's access key (GenAuth console), never as MSBuild properties");
                return null;
            }

            var connection = new GenAuthConnection(hostUri, credentials, authScheme, timeout);
            string? schemeProblem = connection.SchemeProblem();
            if (schemeProblem is not null)
            {
                problem = Invalid(schemeProblem, "use an https host");
                return null;
            }

            problem = null;
            return new PullSettings(connection);
        }

        private static PullFailure Invalid(string what, string advice) => new PullFailure(PullFailureKind.InvalidConfiguration, what, advice);
    }
}
