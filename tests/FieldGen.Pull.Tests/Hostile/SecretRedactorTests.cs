using System.Collections.Generic;
using System.Linq;
using System.Text;
using FieldGen.Management.Http;
using FieldGen.Management.Pull;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>The one redaction point, per field of the envelope and per form of the echo, checked by the independent <see cref="LeakScanner"/>.</summary>
    public sealed class SecretRedactorTests
    {
        private const string Token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJob3N0aWxlIn0.c2ln-bmF0_dXJl";

        public static IEnumerable<object[]> FieldsAndForms() =>
            from field in new[] { "message", "requestId", "rawBody", "contentType" }
            from form in EchoForms.All
            from credential in new[] { HostileTenant.Secret, Token }
            select new object[] { field, form, credential };

        [Theory]
        [MemberData(nameof(FieldsAndForms))]
        public void An_envelope_field_echoing_a_credential_is_quoted_redacted_and_says_so(string field, string form, string credential)
        {
            var redactor = new SecretRedactor(HostileTenant.Secret);
            redactor.Add(Token);
            string echo = EchoForms.InJson(form, credential);
            byte[] body = field switch
            {
                "message" => Encoding.UTF8.GetBytes("{\"statusCode\":400,\"message\":\"you sent " + echo + "\"}"),
                "requestId" => Encoding.UTF8.GetBytes("{\"statusCode\":400,\"requestId\":\"R " + echo + "\"}"),
                "rawBody" => Encoding.UTF8.GetBytes("echo ").Concat(EchoForms.InRawBody(form, credential)).ToArray(),
                _ => Encoding.UTF8.GetBytes("not json"),
            };
            string? contentType = field == "contentType" ? "text/" + echo : "application/json";

            PullFailure failure = Assert.Throws<PullException>(() => GenAuthResponseReader.ReadData("get-custom-fields (USER)", 502, contentType, body, redactor)).Failure;

            Assert.Null(LeakScanner.Find(Encoding.UTF8.GetBytes(failure.ToString()), credential));
            Assert.Contains(SecretRedactor.Mask, failure.Problem);
        }

        [Theory]
        [InlineData("SECRET\\u002dh0st1le/Zq+81-xyzW")]
        [InlineData("SECRET\\u002Dh0st1le\\/Zq\\u002b81\\u002Dxyz\\u0057")]
        [InlineData("SECRET%2dh0st1le%2FZq%2B81-xyzW")]
        public void JSON_escaped_and_URL_encoded_echoes_in_either_case_are_masked(string echo)
        {
            var redactor = new SecretRedactor(HostileTenant.Secret);

            Assert.Equal("a " + SecretRedactor.Mask + " b", redactor.Redact("a " + echo + " b"));
        }

        [Fact]
        public void The_authing_signature_value_is_masked_without_knowing_the_signature()
        {
            var redactor = new SecretRedactor(HostileTenant.Secret);

            string redacted = redactor.Redact("echo: authorization: authing key-1:Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA== done");

            Assert.DoesNotContain("Zm9vYmFy", redacted);
            Assert.Contains("authing " + SecretRedactor.Mask, redacted);
        }

        [Fact]
        public void A_quote_is_one_line_of_at_most_the_quote_length_and_reads_only_the_start_of_a_huge_text()
        {
            var redactor = new SecretRedactor(HostileTenant.Secret);
            string huge = "line one\r\nwarning FG2004: line two\n" + new string('A', 50_000_000) + HostileTenant.Secret;

            string quote = redactor.Quote(huge);

            Assert.StartsWith("line one warning FG2004: line two AAA", quote);
            Assert.EndsWith("...", quote);
            Assert.True(quote.Length <= SecretRedactor.QuoteLength + 3, quote.Length.ToString());
        }

        [Fact]
        public void A_secret_after_a_long_run_of_white_space_is_still_masked_in_a_quote()
        {
            var redactor = new SecretRedactor(HostileTenant.Secret);

            string quote = redactor.Quote(new string(' ', 100_000) + new string('\n', 100_000) + EchoForms.InJson("json-all", HostileTenant.Secret));

            Assert.Equal(SecretRedactor.Mask, quote);
        }
    }
}
