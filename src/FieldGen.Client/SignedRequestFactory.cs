using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using FieldGen.Authentication;

namespace FieldGen.Client
{
    /// <summary>Builds GenAuth requests signed with the access key (no token to cache or leak).</summary>
    internal sealed class SignedRequestFactory
    {
        private const string SdkVersion = "fieldgen-client:0.1.0";
        private readonly Uri _host;
        private readonly GenAuthClientOptions _options;

        public SignedRequestFactory(Uri host, GenAuthClientOptions options)
        {
            _host = host;
            _options = options;
        }

        /// <param name="apiPath">e.g. <c>/api/v3/get-custom-data</c>.</param>
        /// <param name="query">The query parameters; null values are neither sent nor signed.</param>
        /// <param name="tenantId">The call's tenant, sent as <c>x-authing-app-id</c> as node sends it; null for none.</param>
        public HttpRequestMessage Get(string apiPath, IEnumerable<KeyValuePair<string, string?>> query, string? tenantId)
        {
            var parameters = query.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)).ToList();
            string queryText = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
            var request = new HttpRequestMessage(HttpMethod.Get, Url(apiPath) + (queryText.Length == 0 ? string.Empty : "?" + queryText));
            Sign(request, apiPath, parameters, tenantId);
            return request;
        }

        /// <param name="apiPath">e.g. <c>/api/v3/set-custom-data</c>.</param>
        /// <param name="tenantId">The call's tenant, sent as <c>x-authing-app-id</c>; null for none.</param>
        /// <param name="body">The UTF-8 JSON body, sent exactly as signed.</param>
        /// <param name="signedParameters">The body's top-level properties as the signature rule renders them.</param>
        public HttpRequestMessage Post(string apiPath, byte[] body, IReadOnlyList<KeyValuePair<string, string>> signedParameters, string? tenantId)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(GenAuthRequestSigner.JsonMediaType);
            var request = new HttpRequestMessage(HttpMethod.Post, Url(apiPath)) { Content = content };
            Sign(request, apiPath, signedParameters, tenantId);
            return request;
        }

        private string Url(string apiPath) => _host.GetLeftPart(UriPartial.Path).TrimEnd('/') + apiPath;

        /// <summary>Signs the API path, not the URL's: a host with a path prefix verifies as node's does.</summary>
        private void Sign(HttpRequestMessage request, string apiPath, IReadOnlyList<KeyValuePair<string, string>> parameters, string? tenantId)
        {
            SignedRequestParameters.Attach(request, parameters);
            GenAuthAccessKey key = (_options.AccessKeyProvider ?? GenAuthAccessKey.FromEnvironment)();
            List<KeyValuePair<string, string>> extra = GenAuthRequestSigner.SdkHeaders(SdkVersion, _options.Language, tenantId);
            foreach (KeyValuePair<string, string> header in GenAuthRequestSigner.CreateHeaders(
                request.Method.Method, apiPath, parameters, extra, key.AccessKeyId, key.AccessKeySecret, DateTimeOffset.UtcNow))
            {
                // A CR or LF would start a header of its own: fail instead of sending it.
                string? problem = FieldGen.Management.Http.HeaderValueValidator.Problem(header.Key, header.Value);
                if (problem is not null)
                {
                    throw new InvalidOperationException("FieldGen.Client did not send the request: " + problem + ". Check GenAuthClientOptions.Language and the access key.");
                }

                // Without validation, so each value goes out exactly as it was signed.
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }
}
