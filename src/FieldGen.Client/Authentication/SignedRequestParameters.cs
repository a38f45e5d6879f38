using System.Collections.Generic;
using System.Net.Http;

namespace FieldGen.Client
{
    /// <summary>
    /// The parameters a request was signed over, kept on the request so a handler further down the
    /// pipeline can sign it again for each attempt (a retried request must not reuse its nonce and
    /// date: GenAuth refuses a replayed nonce) or swap the signature for a management token.
    /// </summary>
    internal static class SignedRequestParameters
    {
        private const string Key = "FieldGen.SignedParameters";

        public static void Attach(HttpRequestMessage request, IReadOnlyList<KeyValuePair<string, string>> parameters)
        {
#if NET5_0_OR_GREATER
            request.Options.Set(new HttpRequestOptionsKey<IReadOnlyList<KeyValuePair<string, string>>>(Key), parameters);
#else
            request.Properties[Key] = parameters;
#endif
        }

        public static IReadOnlyList<KeyValuePair<string, string>>? Of(HttpRequestMessage request)
        {
#if NET5_0_OR_GREATER
            return request.Options.TryGetValue(new HttpRequestOptionsKey<IReadOnlyList<KeyValuePair<string, string>>>(Key), out var parameters) ? parameters : null;
#else
            return request.Properties.TryGetValue(Key, out object? parameters) ? parameters as IReadOnlyList<KeyValuePair<string, string>> : null;
#endif
        }
    }
}
