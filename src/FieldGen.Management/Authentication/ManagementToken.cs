using System;
using System.Text;
using FieldGen.Parsing.Json;

namespace FieldGen.Authentication
{
    /// <summary>A management token and when it expires. <see cref="ToString"/> hides the value.</summary>
    internal sealed class ManagementToken
    {
        public ManagementToken(string value, DateTimeOffset issuedAt, TimeSpan lifetime)
        {
            Value = value;
            IssuedAt = issuedAt;
            Lifetime = lifetime;
        }

        public string Value { get; }

        public DateTimeOffset IssuedAt { get; }

        public TimeSpan Lifetime { get; }

        public DateTimeOffset ExpiresAt => IssuedAt + Lifetime;

        /// <summary>
        /// When to stop using it: a tenth of its lifetime (at most a minute) before it expires, so a
        /// request sent just before expiry does not arrive just after.
        /// </summary>
        public DateTimeOffset RefreshAt => ExpiresAt - TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, Lifetime.Ticks / 10));

        /// <summary>The JWT claim <c>scoped_userpool_id</c>: the user pool the token belongs to, or null.</summary>
        public string? UserPoolId()
        {
            string[] parts = Value.Split('.');
            if (parts.Length != 3)
            {
                return null;
            }

            try
            {
                string base64 = parts[1].Replace('-', '+').Replace('_', '/');
                base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
                JsonNode? claims = JsonTextParser.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)), out _);
                JsonNode? pool = claims?.Kind == JsonNodeKind.Object ? claims.GetValue("scoped_userpool_id") : null;
                return pool?.Kind == JsonNodeKind.String ? pool.Text : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        public override string ToString() => "management token (hidden), expires " + ExpiresAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture);
    }
}
