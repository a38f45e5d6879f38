using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace FieldGen.Client
{
    /// <summary>
    /// Refuses options without a host, an access key id or a secret, at start (<c>ValidateOnStart</c>)
    /// rather than at the first call. Messages name the configuration key to set, never a value.
    /// </summary>
    internal sealed class GenAuthOptionsValidator : IValidateOptions<GenAuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, GenAuthOptions options)
        {
            var failures = new List<string>();
            if (options.Host is null || !options.Host.IsAbsoluteUri || (options.Host.Scheme != Uri.UriSchemeHttps && options.Host.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add("GenAuth:Host must be an absolute http(s) URL, e.g. https://api.authing.cn.");
            }

            if (string.IsNullOrWhiteSpace(options.AccessKeyId))
            {
                failures.Add("GenAuth:AccessKeyId is not set (the user pool's access key id, from the GenAuth console).");
            }

            if (string.IsNullOrWhiteSpace(options.AccessKeySecret))
            {
                failures.Add("GenAuth:AccessKeySecret is not set; keep it in user-secrets (dotnet user-secrets set GenAuth:AccessKeySecret ...) or the environment (GenAuth__AccessKeySecret).");
            }

            if (!Enum.IsDefined(typeof(GenAuthAuthScheme), options.AuthScheme))
            {
                failures.Add("GenAuth:AuthScheme must be Signature or ManagementToken.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
