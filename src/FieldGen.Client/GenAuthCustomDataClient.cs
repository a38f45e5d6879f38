using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FieldGen;
using FieldGen.Serialization;

namespace FieldGen.Client
{
    /// <summary>
    /// Reads and writes one object's custom data as a FieldGen-generated class (e.g. <c>UserCustomData</c>)
    /// through GenAuth's getCustomData and setCustomData calls, signing each request with the access
    /// key. Takes the <see cref="HttpClient"/> it is given, so it works as an <c>IHttpClientFactory</c>
    /// typed client: <c>services.AddSingleton(options).AddHttpClient&lt;GenAuthCustomDataClient&gt;()</c>.
    /// </summary>
    public sealed partial class GenAuthCustomDataClient
    {
        private const string GetPath = "/api/v3/get-custom-data";
        private const string SetPath = "/api/v3/set-custom-data";

        private readonly SignedRequestFactory _requests;
        private readonly ClientExchange _send;

        /// <summary>Creates a client on <paramref name="httpClient"/> (not disposed by this client).</summary>
        public GenAuthCustomDataClient(HttpClient httpClient, GenAuthClientOptions options)
        {
            if (httpClient is null)
            {
                throw new ArgumentNullException(nameof(httpClient));
            }

            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            Uri host = options.Host ?? httpClient.BaseAddress ?? GenAuthClientOptions.DefaultHost;
            if (host.Scheme == Uri.UriSchemeHttp && !host.IsLoopback)
            {
                throw new ArgumentException("The host " + host.GetLeftPart(UriPartial.Authority) + " is plain http and not a loopback address; signed requests and custom data would travel in clear text. Use https.", nameof(options));
            }

            _requests = new SignedRequestFactory(host, options);
            _send = new ClientExchange(httpClient, options);
        }

        /// <summary>Reads the custom data of one object as <typeparamref name="T"/>, whose target type (USER, ROLE, GROUP, DEPARTMENT) says which kind of object.</summary>
        /// <param name="targetIdentifier">A user's ID, a role's or group's code, or a department's ID.</param>
        /// <param name="namespace">The permission space code of a ROLE (e.g. <c>default</c>).</param>
        /// <param name="tenantId">The tenant, if any.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="GenAuthApiException">GenAuth answered with a failure envelope.</exception>
        /// <exception cref="CustomDataFormatException">The answer could not be read.</exception>
        /// <exception cref="HttpRequestException">The call failed, answered an HTTP error without a JSON body, a redirect (never followed), or more than <see cref="GenAuthClientOptions.MaxResponseBytes"/>.</exception>
        /// <exception cref="InvalidOperationException">A header value (language, access key id) holds a control character; nothing was sent.</exception>
        public async Task<T> GetCustomDataAsync<T>(string targetIdentifier, string? @namespace = null, string? tenantId = null, CancellationToken cancellationToken = default)
            where T : CustomData, new()
        {
            RequireIdentifier(targetIdentifier);
            var query = new[]
            {
                new KeyValuePair<string, string?>("targetType", new T().TargetType.ToWireValue()),
                new KeyValuePair<string, string?>("targetIdentifier", targetIdentifier),
                new KeyValuePair<string, string?>("namespace", @namespace),
                new KeyValuePair<string, string?>("tenantId", tenantId),
            };
            HttpRequestMessage request = _requests.Get(GetPath, query, tenantId);
            byte[] body = await _send.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return _send.Read(request, () => CustomDataSerializer.DeserializeResponse<T>(body));
        }

        /// <summary>
        /// Sends the keys of <paramref name="data"/> that were set or cleared (setCustomData leaves the
        /// others as they are), then calls <see cref="CustomData.AcceptChanges"/>. Does nothing when
        /// nothing changed. GenAuth takes at most 50 keys per call.
        /// </summary>
        /// <param name="data">The typed values; its target type says which kind of object.</param>
        /// <param name="targetIdentifier">A user's ID, a role's or group's code, or a department's ID.</param>
        /// <param name="namespace">The permission space code of a ROLE.</param>
        /// <param name="tenantId">The tenant, if any.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="GenAuthApiException">GenAuth refused the values (the changes are kept, so the call can be retried).</exception>
        /// <exception cref="HttpRequestException">The call failed, answered a redirect (never followed), or more than <see cref="GenAuthClientOptions.MaxResponseBytes"/>.</exception>
        /// <exception cref="InvalidOperationException">A header value (language, access key id) holds a control character; nothing was sent.</exception>
        public async Task SetCustomDataAsync(CustomData data, string targetIdentifier, string? @namespace = null, string? tenantId = null, CancellationToken cancellationToken = default)
        {
            if (data is null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            RequireIdentifier(targetIdentifier);
            if (!data.HasChanges)
            {
                return;
            }

            // GenAuth takes at most 50 items per call; more changes go out as several calls. Setting a
            // value is idempotent, so after a failure the caller can send the same changes again.
            var request = new SetCustomDataRequest(data, targetIdentifier) { Namespace = @namespace, TenantId = tenantId };
            foreach (SetCustomDataRequest batch in request.ToBatches())
            {
                // The body is written as JSON.stringify writes it, and the signature covers its values as
                // JavaScript renders them: what a GenAuth server rebuilds from the parsed body.
                byte[] body = batch.ToUtf8Bytes();
                HttpRequestMessage post = _requests.Post(SetPath, body, SetCustomDataRequest.SignedParameters(body), tenantId);
                byte[] answer = await _send.SendAsync(post, cancellationToken).ConfigureAwait(false);
                _send.Read(post, () =>
                {
                    ResponseEnvelope.ThrowIfFailure(answer);
                    return answer;
                });
            }

            data.AcceptChanges();
        }

        private static void RequireIdentifier(string targetIdentifier)
        {
            if (string.IsNullOrEmpty(targetIdentifier))
            {
                throw new ArgumentException("A target identifier is required: a user's ID, a role's or group's code, or a department's ID.", nameof(targetIdentifier));
            }
        }
    }
}
