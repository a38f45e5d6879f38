using System.Collections.Generic;
using FieldGen.Authentication;

namespace FieldGen.Pull.Tests.Management
{
    /// <summary>The string to sign, as the contract and authing-node-sdk 4.0.1 define it (end to end, the test server verifies every signed call).</summary>
    public sealed class GenAuthRequestSignerTests
    {
        [Fact]
        public void Signs_date_and_x_authing_headers_sorted_then_path_and_sorted_raw_parameters()
        {
            var headers = new[]
            {
                new KeyValuePair<string, string>("X-Authing-Signature-Nonce", "n1"),
                new KeyValuePair<string, string>("date", "Mon, 23 Nov 2026 09:00:00 GMT"),
                new KeyValuePair<string, string>("content-type", "application/json"),
                new KeyValuePair<string, string>("x-authing-lang", " zh-CN\t"),
            };
            var parameters = new[]
            {
                new KeyValuePair<string, string>("targetType", "USER"),
                new KeyValuePair<string, string>("list", """[{"key":"school","value":"北大"}]"""),
                new KeyValuePair<string, string>("Namespace", "a b"),
            };

            string text = GenAuthRequestSigner.BuildStringToSign("post", headers, "/api/v3/set-custom-data", parameters);

            Assert.Equal(
                "POST\n" +
                "date:Mon, 23 Nov 2026 09:00:00 GMT\n" +
                "x-authing-lang:zh-CN\n" +
                "x-authing-signature-nonce:n1\n" +
                "/api/v3/set-custom-data?Namespace=a b&list=[{\"key\":\"school\",\"value\":\"北大\"}]&targetType=USER",
                text);
        }

        [Fact]
        public void The_authorization_header_carries_the_key_id_never_the_secret()
        {
            List<KeyValuePair<string, string>> headers = GenAuthRequestSigner.CreateHeaders(
                "GET", "/api/v3/get-custom-fields", new[] { new KeyValuePair<string, string>("targetType", "USER") },
                new KeyValuePair<string, string>[0], "key-id", "the-secret", System.DateTimeOffset.UtcNow);

            string authorization = headers.Find(h => h.Key == "authorization").Value;
            Assert.StartsWith("authing key-id:", authorization);
            Assert.DoesNotContain(headers, h => h.Value.Contains("the-secret"));
            Assert.Contains(headers, h => h.Key == "x-authing-signature-nonce" && h.Value.Length == 32);
        }
    }
}
