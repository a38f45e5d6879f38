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

        public HttpRequestMessage Get(string apiPath, IEnumerable<KeyValuePair<string, string?>> query)
        {
            var parameters = query.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)).ToList();
            string queryText = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
            var request = new HttpRequestMessage(HttpMethod.Get, Url(apiPath) + (queryText.Length == 0 ? string.Empty : "?" + queryText));
            Sign(request, parameters);
            return request;
        }

        /// <param name="apiPath">e.g. <c>/api/v3/set-custom-data</c>.</param>
        /// <param name="body">The UTF-8 JSON body, sent exactly as signed.</param>
        /// <param name="signedParameters">The body's top-level properties as the signature rule renders them.</param>
        public HttpRequestMessage Post(string apiPath, byte[] body, IReadOnlyList<KeyValuePair<string, string>> signedParameters)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            var request = new HttpRequestMessage(HttpMethod.Post, Url(apiPath)) { Content = content };
            Sign(request, signedParameters);
            return request;
        }

        private string Url(string apiPath) => _host.GetLeftPart(UriPartial.Path).TrimEnd('/') + apiPath;

        private void Sign(HttpRequestMessage request, IReadOnlyList<KeyValuePair<string, string>> parameters)
        {
            SignedRequestParameters.Attach(request, parameters);
            GenAuthAccessKey key = (_options.AccessKeyProvider ?? GenAuthAccessKey.FromEnvironment)();
            var extra = new[]
            {
                new KeyValuePair<string, string>("x-authing-lang", _options.Language),
                new KeyValuePair<string, string>("x-authing-sdk-version", SdkVersion),
            };
            foreach (KeyValuePair<string, string> header in GenAuthRequestSigner.CreateHeaders(
                request.Method.Method, request.RequestUri!.AbsolutePath, parameters, extra, key.AccessKeyId, key.AccessKeySecret, DateTimeOffset.UtcNow))
            {
                // Without validation, so each value goes out exactly as it was signed.
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }
}
