using System;

namespace FieldGen.Management.Configuration
{
    /// <summary>The API host: configuration, not a secret (MSBuild property, option or FIELDGEN_HOST).</summary>
    internal static class GenAuthHost
    {
        public const string Default = "https://api.authing.cn";

        /// <summary>
        /// The first of <paramref name="configured"/>, <paramref name="fromEnvironment"/> and the default
        /// that is set, as an absolute http(s) URI without query; null with <paramref name="problem"/> otherwise.
        /// </summary>
        public static Uri? Resolve(string? configured, string? fromEnvironment, out string? problem)
        {
            string text = EnvironmentSettings.Trimmed(configured) ?? EnvironmentSettings.Trimmed(fromEnvironment) ?? Default;
            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? host) || (host.Scheme != Uri.UriSchemeHttps && host.Scheme != Uri.UriSchemeHttp))
            {
                problem = "the host '" + text + "' is not an absolute http(s) address such as " + Default;
                return null;
            }

            if (host.Query.Length > 0 || host.Fragment.Length > 0)
            {
                problem = "the host '" + text + "' has a query or fragment; give only scheme, host and optional path";
                return null;
            }

            problem = null;
            return host;
        }

        /// <summary>How the host appears in the schema file and in messages: no trailing slash.</summary>
        public static string Display(Uri host) => host.GetLeftPart(UriPartial.Path).TrimEnd('/');

        /// <summary>Resolves an API path against a host that may carry a path prefix of its own.</summary>
        public static Uri Combine(Uri host, string apiPath) => new Uri(Display(host) + apiPath);
    }
}
