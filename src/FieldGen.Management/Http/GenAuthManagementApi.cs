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
                return await SendAsync(() => Signed(apiPath, parameters, tenantId), call, _connection.MaxSchemaAnswerBytes, cancellationToken).ConfigureAwait(false);
            }

            ManagementToken token = await CurrentTokenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await SendAsync(() => WithToken(apiPath, parameters, tenantId, token), call, _connection.MaxSchemaAnswerBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (PullException ex) when (ex.Failure.Kind == PullFailureKind.Unauthorized)
            {
                // Revoked or expired early: fetch a new token once, then give up.
                _tokens.Invalidate(_connection.Host, _connection.Credentials, token);
                token = await CurrentTokenAsync(cancellationToken).ConfigureAwait(false);
                return await SendAsync(() => WithToken(apiPath, parameters, tenantId, token), call, _connection.MaxSchemaAnswerBytes, cancellationToken).ConfigureAwait(false);
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
            JsonNode data = await SendAsync(TokenRequest, "get-management-token", _connection.MaxTokenAnswerBytes, cancellationToken).ConfigureAwait(false);
            JsonNode? value = data.GetValue("access_token");
            if (value?.Kind != JsonNodeKind.String || value.Text!.Length == 0)
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.UnexpectedResponse,
                    "get-management-token answered without a string 'access_token' and a positive 'expires_in'",
                    "check that the host is the GenAuth API host, or use the default Signature scheme"));
            }

            Redactor.Add(value.Text);
            TimeSpan? lifetime = ManagementTokenLifetime.Read(data.GetValue("expires_in"), out string? lifetimeProblem);
            var token = new ManagementToken(value.Text, requestedAt, lifetime ?? TimeSpan.Zero);
            string? headerProblem = HeaderValueValidator.Problem("authorization", token.Value)
                ?? (token.UserPoolId() is string pool ? HeaderValueValidator.Problem("x-authing-userpool-id", pool) : null);
            if (lifetime is null || headerProblem is not null)
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.UnexpectedResponse,
                    "get-management-token answered a token FieldGen cannot use: " + (lifetimeProblem ?? "the token's " + headerProblem),
                    "check that the host is the GenAuth API host, or use the default Signature scheme"));
            }

            // Timed from the request, not the answer, so a slow answer cannot stretch the lifetime.
            return token;
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

        private void AddHeaders(HttpRequestMessage request, IEnumerable<KeyValuePair<string, string>> headers)
        {
            foreach (KeyValuePair<string, string> header in headers)
            {
                if (header.Key == GenAuthRequestSigner.AuthorizationHeader)
                {
                    Redactor.AddAuthorization(header.Value);
                }

                // A CR or LF would start a header of its own: fail instead of sending it.
                string? problem = HeaderValueValidator.Problem(header.Key, header.Value);
                if (problem is not null)
                {
                    throw new PullException(new PullFailure(
                        PullFailureKind.InvalidConfiguration,
                        problem,
                        "check " + EnvironmentSettings.UserPoolIdVariable + ", the tenant id and the host; a token's claims come from the server"));
                }

                // Without validation, so the value goes out exactly as it was signed.
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        private async Task<JsonNode> SendAsync(Func<HttpRequestMessage> createRequest, string call, long limit, CancellationToken cancellationToken)
        {
            using HttpRequestMessage request = createRequest();
            ExchangeAnswer answer = await GuardedExchange.SendAsync(_http, request, _connection.Timeout, limit, new PullExchangeFailures(call, _connection, Redactor), cancellationToken).ConfigureAwait(false);
            return GenAuthResponseReader.ReadData(call, answer.Status, answer.ContentType, answer.Body, Redactor);
        }
    }
}
