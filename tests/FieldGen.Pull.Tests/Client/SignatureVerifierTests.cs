using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Client;
using FieldGen.Tests.JavaScript;

namespace FieldGen.Pull.Tests.Client
{
    /// <summary>
    /// FieldGen.Client's real requests, captured as HttpRequestMessages, checked by a verifier of our
    /// own in JavaScript (verify-signature.js) that rebuilds the string to sign from the parsed request
    /// as a GenAuth server does: the client must sign exactly the values it sends, as JavaScript renders them.
    /// </summary>
    public sealed class SignatureVerifierTests
    {
        private const string AccessKeyId = "ak-verifier";
        private const string AccessKeySecret = "sk-verifier-secret";
        private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Client", "verify-signature.js");

        // The tenant also travels in the x-authing-app-id header, which holds printable ASCII only (node refuses
        // the rest too); it is signed as a body property, so every value that can be sent is.
        private static bool IsHeaderSafe(string value) => value.Length > 0 && value.All(c => c >= 0x20 && c < 0x7F);

        [Fact]
        public async Task Every_corpus_request_of_the_client_verifies_in_node()
        {
            var recorder = new RecordingHandler();
            using var http = new HttpClient(recorder) { BaseAddress = new Uri("http://127.0.0.1:9/") };
            var client = new GenAuthCustomDataClient(http, new GenAuthClientOptions { AccessKeyProvider = () => new GenAuthAccessKey(AccessKeyId, AccessKeySecret) });
            foreach (string value in JavaScriptCorpus.Strings())
            {
                var user = new UserCustomData { Nickname = value };
                user.UnknownFields.Set("键", value);
                await client.SetCustomDataAsync(user, "u" + value, tenantId: value.Length % 2 == 0 && IsHeaderSafe(value) ? value : null);
                if (!HasLoneSurrogate(value))
                {
                    await client.GetCustomDataAsync<UserCustomData>("u" + value, @namespace: value);
                }
            }

            foreach (double value in JavaScriptCorpus.Numbers())
            {
                await client.SetCustomDataAsync(new UserCustomData { Age = value }, "u");
            }

            foreach (string raw in JavaScriptCorpus.RawValues())
            {
                var user = new UserCustomData();
                user.UnknownFields.Set("raw", JsonDocument.Parse(raw).RootElement);
                await client.SetCustomDataAsync(user, "u");
            }

            List<string> verdicts = NodeRunner.Run(Script, recorder.Records);

            Assert.True(recorder.Records.Count >= 300, $"only {recorder.Records.Count} requests were recorded");
            Assert.Equal(recorder.Records.Count, verdicts.Count);
            var refused = verdicts.Select((v, i) => (v, i)).Where(p => p.v != "OK").Select(p => $"{p.v}: {recorder.Records[p.i]}").ToList();
            Assert.True(refused.Count == 0, $"{refused.Count} of {verdicts.Count} requests refused:\n" + string.Join("\n", refused.Take(10)));
        }

        [Fact]
        public void The_verifier_refuses_a_request_signed_over_escaped_raw_text()
        {
            // What FieldGen sent before: Utf8JsonWriter's default escaping, signed as the raw text.
            const string escapedList = "[{\"key\":\"nickname\",\"value\":\"\\u5317\\u5927 \\u003Ca\\u0026b\\u003E\"},{\"key\":\"age\",\"value\":18.50}]";
            string body = "{\"targetType\":\"USER\",\"targetIdentifier\":\"u1\",\"list\":" + escapedList + "}";
            var parameters = new[]
            {
                new KeyValuePair<string, string>("targetType", "USER"),
                new KeyValuePair<string, string>("targetIdentifier", "u1"),
                new KeyValuePair<string, string>("list", escapedList),
            };
            string escaped = Record("POST", "/api/v3/set-custom-data", body, parameters);
            string canonicalList = "[{\"key\":\"nickname\",\"value\":\"北大 <a&b>\"},{\"key\":\"age\",\"value\":18.5}]";
            string canonical = Record("POST", "/api/v3/set-custom-data", body, new[] { parameters[0], parameters[1], new KeyValuePair<string, string>("list", canonicalList) });

            List<string> verdicts = NodeRunner.Run(Script, new[] { escaped, canonical });

            Assert.StartsWith("BAD", verdicts[0]);
            Assert.Equal("OK", verdicts[1]);
        }

        private static string Record(string method, string path, string body, IEnumerable<KeyValuePair<string, string>> signed)
        {
            List<KeyValuePair<string, string>> headers = GenAuthRequestSigner.CreateHeaders(method, path, signed, Array.Empty<KeyValuePair<string, string>>(), AccessKeyId, AccessKeySecret, DateTimeOffset.UtcNow);
            return RecordingHandler.ToRecord(method, path, headers, Encoding.UTF8.GetBytes(body));
        }

        private static bool HasLoneSurrogate(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Captures each real request the client sends and answers with a success envelope (no network).</summary>
        private sealed class RecordingHandler : HttpMessageHandler
        {
            public List<string> Records { get; } = new List<string>();

            public static string ToRecord(string method, string pathAndQuery, IEnumerable<KeyValuePair<string, string>> headers, byte[]? body)
            {
                var record = new Dictionary<string, object?>
                {
                    ["method"] = method,
                    ["url"] = pathAndQuery,
                    ["headers"] = headers.GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Last().Value),
                    ["body"] = body is null ? null : Convert.ToBase64String(body),
                    ["secret"] = AccessKeySecret,
                };
                return JsonSerializer.Serialize(record);
            }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var headers = request.Headers.NonValidated.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value))).ToList();
                byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
                Records.Add(ToRecord(request.Method.Method, request.RequestUri!.PathAndQuery, headers, body));
                string answer = request.Method == HttpMethod.Get
                    ? "{\"statusCode\":200,\"message\":\"ok\",\"data\":{}}"
                    : "{\"statusCode\":200,\"message\":\"ok\",\"data\":{\"success\":true}}";
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
            }
        }
    }
}
