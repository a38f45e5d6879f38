using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FieldGen.Client
{
    /// <summary>
    /// Authenticates every attempt of a GenAuth request, inside the resilience handler: a signed
    /// request is signed again with a fresh nonce and date (GenAuth refuses a replayed nonce, so a
    /// retry cannot resend the first signature); with <see cref="GenAuthAuthScheme.ManagementToken"/>
    /// the signature is replaced by a cached token (renewed before it expires, one fetch however many
    /// callers wait) and a refused token is fetched again once.
    /// </summary>
    internal sealed class GenAuthAuthenticationHandler : DelegatingHandler
    {
        private const string TokenPath = "/api/v3/get-management-token";

        private readonly IOptionsMonitor<GenAuthOptions> _options;
        private readonly ManagementTokenCache _tokens;
        private readonly GenAuthSecretRedactor _redactor;
        private readonly TimeProvider _time;
        private readonly ILogger _logger;

        public GenAuthAuthenticationHandler(IOptionsMonitor<GenAuthOptions> options, ManagementTokenCache tokens, GenAuthSecretRedactor redactor, TimeProvider time, ILogger<GenAuthCustomDataClient> logger)
        {
            _options = options;
            _tokens = tokens;
            _redactor = redactor;
            _time = time;
            _logger = logger;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            GenAuthOptions options = _options.CurrentValue;
            var credentials = new GenAuthCredentials(options.AccessKeyId!, options.AccessKeySecret!, options.UserPoolId);
            if (options.AuthScheme == GenAuthAuthScheme.Signature)
            {
                Sign(request, credentials);
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            ManagementToken token = await CurrentTokenAsync(request, options.Host!, credentials, cancellationToken).ConfigureAwait(false);
            UseToken(request, token, credentials);
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return response;
            }

            // Revoked or expired early: one new token, then the answer stands.
            GenAuthLog.TokenRejected(_logger, GenAuthCallHandler.CallName(request), EnvelopeSummary.Of(request)?.ApiCode);
            response.Dispose();
            _tokens.Invalidate(options.Host!, credentials, token);
            token = await CurrentTokenAsync(request, options.Host!, credentials, cancellationToken).ConfigureAwait(false);
            UseToken(request, token, credentials);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        private void Sign(HttpRequestMessage request, GenAuthCredentials credentials)
        {
            IReadOnlyList<KeyValuePair<string, string>> parameters = SignedRequestParameters.Of(request)
                ?? throw new InvalidOperationException("GenAuth requests are built by GenAuthCustomDataClient, which records what they sign.");
            List<KeyValuePair<string, string>> kept = RemoveAuthentication(request);
            foreach (KeyValuePair<string, string> header in GenAuthRequestSigner.CreateHeaders(
                request.Method.Method, request.RequestUri!.AbsolutePath, parameters, kept, credentials.AccessKeyId, credentials.AccessKeySecret, _time.GetUtcNow()))
            {
                // Without validation, so each value goes out exactly as it was signed.
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        private static void UseToken(HttpRequestMessage request, ManagementToken token, GenAuthCredentials credentials)
        {
            foreach (KeyValuePair<string, string> header in RemoveAuthentication(request))
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            request.Headers.TryAddWithoutValidation("authorization", "Bearer " + token.Value);
            string? userPoolId = credentials.UserPoolId ?? token.UserPoolId();
            if (userPoolId is not null)
            {
                request.Headers.TryAddWithoutValidation("x-authing-userpool-id", userPoolId);
            }
        }

        /// <summary>Removes the authorization, date and signature headers of an earlier attempt; returns the other <c>x-authing-*</c> headers (removed too, to be signed again).</summary>
        private static List<KeyValuePair<string, string>> RemoveAuthentication(HttpRequestMessage request)
        {
            var kept = new List<KeyValuePair<string, string>>();
            foreach (var header in request.Headers.ToList())
            {
                string name = header.Key.ToLowerInvariant();
                bool signatureHeader = name == "authorization" || name == "date" || name == "x-authing-date" || name == "x-authing-userpool-id" || name.StartsWith("x-authing-signature-", StringComparison.Ordinal);
                if (signatureHeader || name.StartsWith("x-authing-", StringComparison.Ordinal))
                {
                    request.Headers.Remove(header.Key);
                }

                if (!signatureHeader && name.StartsWith("x-authing-", StringComparison.Ordinal))
                {
                    kept.Add(new KeyValuePair<string, string>(name, string.Join(",", header.Value)));
                }
            }

            return kept;
        }

        private async Task<ManagementToken> CurrentTokenAsync(HttpRequestMessage request, Uri host, GenAuthCredentials credentials, CancellationToken cancellationToken)
        {
            ManagementToken token = await _tokens.GetAsync(host, credentials, ct => FetchTokenAsync(request, host, credentials, ct), cancellationToken).ConfigureAwait(false);
            _redactor.Add(token.Value);
            return token;
        }

        private async Task<ManagementToken> FetchTokenAsync(HttpRequestMessage request, Uri host, GenAuthCredentials credentials, CancellationToken cancellationToken)
        {
            DateTimeOffset requestedAt = _time.GetUtcNow();
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, host.GetLeftPart(UriPartial.Path).TrimEnd('/') + TokenPath) { Content = TokenBody(credentials) };
            foreach (var header in request.Headers.Where(h => h.Key.Equals("x-authing-lang", StringComparison.OrdinalIgnoreCase) || h.Key.Equals("x-authing-sdk-version", StringComparison.OrdinalIgnoreCase)))
            {
                tokenRequest.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            using HttpResponseMessage response = await base.SendAsync(tokenRequest, cancellationToken).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            EnvelopeSummary? summary = EnvelopeSummary.Read(body);
            if (summary?.StatusCode != 200)
            {
                throw new GenAuthApiException(summary?.StatusCode ?? (int)response.StatusCode, summary?.ApiCode, _redactor.Redact("get-management-token: " + (summary?.Message ?? "no envelope")), summary?.RequestId);
            }

            using JsonDocument document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("data", out JsonElement data)
                || !data.TryGetProperty("access_token", out JsonElement value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0
                || !data.TryGetProperty("expires_in", out JsonElement expiresIn) || !expiresIn.TryGetDouble(out double seconds) || seconds <= 0)
            {
                throw new GenAuthApiException(200, null, "get-management-token answered without a string 'access_token' and a positive 'expires_in'", summary.RequestId);
            }

            // Timed from the request, not the answer, so a slow answer cannot stretch the lifetime.
            var token = new ManagementToken(value.GetString()!, requestedAt, TimeSpan.FromSeconds(seconds));
            GenAuthLog.TokenFetched(_logger, credentials.AccessKeyId, token.ExpiresAt, token.RefreshAt);
            return token;
        }

        private static ByteArrayContent TokenBody(GenAuthCredentials credentials)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("accessKeyId", credentials.AccessKeyId);
                writer.WriteString("accessKeySecret", credentials.AccessKeySecret);
                writer.WriteEndObject();
            }

            var content = new ByteArrayContent(buffer.ToArray());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return content;
        }
    }
}
