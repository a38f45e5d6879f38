using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Requests;
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

        private readonly HttpClient _http;
        private readonly SignedRequestFactory _requests;

        /// <summary>Creates a client on <paramref name="httpClient"/> (not disposed by this client).</summary>
        public GenAuthCustomDataClient(HttpClient httpClient, GenAuthClientOptions options)
        {
            _http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            _requests = new SignedRequestFactory(options.Host ?? httpClient.BaseAddress ?? GenAuthClientOptions.DefaultHost, options);
        }

        /// <summary>Reads the custom data of one object as <typeparamref name="T"/>, whose target type (USER, ROLE, GROUP, DEPARTMENT) says which kind of object.</summary>
        /// <param name="targetIdentifier">A user's ID, a role's or group's code, or a department's ID.</param>
        /// <param name="namespace">The permission space code of a ROLE (e.g. <c>default</c>).</param>
        /// <param name="tenantId">The tenant, if any.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="GenAuthApiException">GenAuth answered with a failure envelope.</exception>
        /// <exception cref="CustomDataFormatException">The answer could not be read.</exception>
        /// <exception cref="HttpRequestException">The call failed, or answered an HTTP error without a JSON body.</exception>
        public async Task<T> GetCustomDataAsync<T>(string targetIdentifier, string? @namespace = null, string? tenantId = null, CancellationToken cancellationToken = default)
            where T : ICustomData, new()
        {
            RequireIdentifier(targetIdentifier);
            var query = new[]
            {
                new KeyValuePair<string, string?>("targetType", new T().TargetType.ToWireValue()),
                new KeyValuePair<string, string?>("targetIdentifier", targetIdentifier),
                new KeyValuePair<string, string?>("namespace", @namespace),
                new KeyValuePair<string, string?>("tenantId", tenantId),
            };
            byte[] body = await SendAsync(_requests.Get(GetPath, query), cancellationToken).ConfigureAwait(false);
            return CustomDataSerializer.Deserialize<T>(body);
        }

        /// <summary>
        /// Sends the keys of <paramref name="data"/> that were set or cleared (setCustomData leaves the
        /// others as they are), then calls <see cref="ICustomData.AcceptChanges"/>. Does nothing when
        /// nothing changed. GenAuth takes at most 50 keys per call.
        /// </summary>
        /// <param name="data">The typed values; its target type says which kind of object.</param>
        /// <param name="targetIdentifier">A user's ID, a role's or group's code, or a department's ID.</param>
        /// <param name="namespace">The permission space code of a ROLE.</param>
        /// <param name="tenantId">The tenant, if any.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="GenAuthApiException">GenAuth refused the values (the changes are kept, so the call can be retried).</exception>
        /// <exception cref="HttpRequestException">The call failed.</exception>
        public async Task SetCustomDataAsync(ICustomData data, string targetIdentifier, string? @namespace = null, string? tenantId = null, CancellationToken cancellationToken = default)
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
                byte[] body = batch.ToUtf8Bytes();
                byte[] answer = await SendAsync(_requests.Post(SetPath, body, SignedParameters(body)), cancellationToken).ConfigureAwait(false);
                ResponseEnvelope.ThrowIfFailure(answer);
            }

            data.AcceptChanges();
        }

        /// <summary>The body's top-level properties as the signature covers them: a string bare, anything else as its JSON text in the body.</summary>
        private static List<KeyValuePair<string, string>> SignedParameters(byte[] body)
        {
            var parameters = new List<KeyValuePair<string, string>>();
            using JsonDocument document = JsonDocument.Parse(body);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                string value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                parameters.Add(new KeyValuePair<string, string>(property.Name, value));
            }

            return parameters;
        }

        private async Task<byte[]> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (request)
            using (HttpResponseMessage response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false))
            {
                byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                ResponseEnvelope.ThrowIfNotJson(response.StatusCode, body);
                return body;
            }
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
