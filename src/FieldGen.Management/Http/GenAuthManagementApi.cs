using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Configuration;
using FieldGen.Management.Json;
using FieldGen.Management.Pull;
using FieldGen.Parsing.Json;

namespace FieldGen.Management.Http
{
    /// <summary>
    /// Calls GenAuth management endpoints with either scheme of the contract. Signed requests by
    /// default; with management tokens, a cached token is used and, on a 401, fetched again once.
    /// Every failure becomes a <see cref="PullException"/>, with secrets masked.
    /// </summary>
    internal sealed class GenAuthManagementApi
    {
        public const string SdkVersion = "fieldgen:0.1.0";
        private const string TokenPath = "/api/v3/get-management-token";

        private readonly HttpClient _http;
        private readonly GenAuthConnection _connection;
        private readonly ManagementTokenCache _tokens;
        private readonly Func<DateTimeOffset> _clock;

        public GenAuthManagementApi(HttpClient http, GenAuthConnection connection, ManagementTokenCache tokens, Func<DateTimeOffset> clock)
        {
            _http = http;
            _connection = connection;
            _tokens = tokens;
            _clock = clock;
            Redactor = new SecretRedactor(connection.Credentials.AccessKeySecret);
        }

        /// <summary>Masks the secret and every token this instance saw; use it on anything printed.</summary>
        public SecretRedactor Redactor { get; }

        /// <summary>GET <paramref name="apiPath"/> with the query; returns the envelope's <c>data</c>.</summary>
        /// <param name="apiPath">The path under the host, e.g. <c>/api/v3/get-custom-fields</c>.</param>
        /// <param name="query">The query parameters; null values are neither sent nor signed.</param>
        /// <param name="tenantId">The tenant, sent as <c>x-authing-app-id</c> as node sends a client's tenant; null for the user pool.</param>
        /// <param name="call">How messages name the call.</param>
        /// <param name="cancellationToken">Cancels it.</param>
        public async Task<JsonNode> GetAsync(string apiPath, IReadOnlyList<KeyValuePair<string, string?>> query, string? tenantId, string call, CancellationToken cancellationToken)
        {
            var parameters = query.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)).ToList();
            if (_connection.Scheme == GenAuthScheme.Signature)
            {
                return await SendAsync(() => Signed(apiPath, parameters, tenantId), call, cancellationToken).ConfigureAwait(false);
            }

            ManagementToken token = await CurrentTokenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await SendAsync(() => WithToken(apiPath, parameters, tenantId, token), call, cancellationToken).ConfigureAwait(false);
            }
            catch (PullException ex) when (ex.Failure.Kind == PullFailureKind.Unauthorized)
            {
                // Revoked or expired early: fetch a new token once, then give up.
                _tokens.Invalidate(_connection.Host, _connection.Credentials, token);
                token = await CurrentTokenAsync(cancellationToken).ConfigureAwait(false);
                return await SendAsync(() => WithToken(apiPath, parameters, tenantId, token), call, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<ManagementToken> CurrentTokenAsync(CancellationToken cancellationToken)
        {
            ManagementToken token = await _tokens.GetAsync(_connection.Host, _connection.Credentials, FetchTokenAsync, cancellationToken).ConfigureAwait(false);
            Redactor.Add(token.Value);
            return token;
        }

        private async Task<ManagementToken> FetchTokenAsync(CancellationToken cancellationToken)
        {
            DateTimeOffset requestedAt = _clock();
            JsonNode data = await SendAsync(TokenRequest, "get-management-token", cancellationToken).ConfigureAwait(false);
            JsonNode? value = data.GetValue("access_token");
            JsonNode? expiresIn = data.GetValue("expires_in");
            if (value?.Kind != JsonNodeKind.String || value.Text!.Length == 0
                || expiresIn?.Kind != JsonNodeKind.Number || !double.TryParse(expiresIn.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || seconds <= 0)
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.UnexpectedResponse,
                    "get-management-token answered without a string 'access_token' and a positive 'expires_in'",
                    "check that the host is the GenAuth API host, or use the default Signature scheme"));
            }

            // Timed from the request, not the answer, so a slow answer cannot stretch the lifetime.
            return new ManagementToken(value.Text, requestedAt, TimeSpan.FromSeconds(seconds));
        }

        private HttpRequestMessage TokenRequest()
        {
            var body = new JsonTextWriter(indented: false);
            body.StartObject();
            body.Property("accessKeyId", _connection.Credentials.AccessKeyId);
            body.Property("accessKeySecret", _connection.Credentials.AccessKeySecret);
            body.EndObject();
            var request = new HttpRequestMessage(HttpMethod.Post, GenAuthHost.Combine(_connection.Host, TokenPath))
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString())),
            };
            request.Content.Headers.TryAddWithoutValidation("content-type", GenAuthRequestSigner.JsonMediaType);
            AddHeaders(request, CommonHeaders(userPoolId: null, tenantId: null));
            return request;
        }

        private HttpRequestMessage Signed(string apiPath, List<KeyValuePair<string, string>> parameters, string? tenantId)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Url(apiPath, parameters));
            List<KeyValuePair<string, string>> headers = GenAuthRequestSigner.CreateHeaders(
                "GET", apiPath, parameters, CommonHeaders(_connection.Credentials.UserPoolId, tenantId),
                _connection.Credentials.AccessKeyId, _connection.Credentials.AccessKeySecret, _clock());
            AddHeaders(request, headers);
            return request;
        }

        private HttpRequestMessage WithToken(string apiPath, List<KeyValuePair<string, string>> parameters, string? tenantId, ManagementToken token)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Url(apiPath, parameters));
            List<KeyValuePair<string, string>> headers = CommonHeaders(_connection.Credentials.UserPoolId ?? token.UserPoolId(), tenantId);
            headers.Add(new KeyValuePair<string, string>("authorization", "Bearer " + token.Value));
            AddHeaders(request, headers);
            return request;
        }

        private List<KeyValuePair<string, string>> CommonHeaders(string? userPoolId, string? tenantId)
        {
            List<KeyValuePair<string, string>> headers = GenAuthRequestSigner.SdkHeaders(SdkVersion, _connection.Language, tenantId);
            if (userPoolId is not null)
            {
                headers.Add(new KeyValuePair<string, string>("x-authing-userpool-id", userPoolId));
            }

            return headers;
        }

        private Uri Url(string apiPath, List<KeyValuePair<string, string>> parameters)
        {
            string query = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
            return new Uri(GenAuthHost.Combine(_connection.Host, apiPath) + (query.Length == 0 ? string.Empty : "?" + query));
        }

        private static void AddHeaders(HttpRequestMessage request, IEnumerable<KeyValuePair<string, string>> headers)
        {
            foreach (KeyValuePair<string, string> header in headers)
            {
                // Without validation, so the value goes out exactly as it was signed.
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        private async Task<JsonNode> SendAsync(Func<HttpRequestMessage> createRequest, string call, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_connection.Timeout);
            string host = GenAuthHost.Display(_connection.Host);
            try
            {
                using HttpRequestMessage request = createRequest();
                using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                return GenAuthResponseReader.ReadData(call, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, Redactor);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.Timeout,
                    call + " at " + host + " did not answer within " + _connection.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s",
                    "check the network and the host; raise the timeout (FieldGenPullTimeout, --timeout) on a slow link"));
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is System.IO.IOException)
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.Unreachable,
                    "could not reach " + host + " for " + call + " (" + Redactor.Redact(Innermost(ex)) + ")",
                    "check the network, a proxy (HTTPS_PROXY) and the host (FieldGenHost or " + EnvironmentSettings.HostVariable + ")"));
            }
        }

        private static string Innermost(Exception ex)
        {
            // Inner messages often repeat the outer one ("Connection refused (host:port)" around "Connection refused").
            var messages = new List<string>();
            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                string message = e.Message.TrimEnd('.');
                if (!messages.Any(m => m.IndexOf(message, StringComparison.Ordinal) >= 0))
                {
                    messages.Add(message);
                }
            }

            return string.Join(": ", messages);
        }
    }
}
