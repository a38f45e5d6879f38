using System.Text;
using FieldGen.Management.Http;
using FieldGen.Management.Pull;
using FieldGen.Parsing.Json;

namespace FieldGen.Pull.Tests.Management
{
    /// <summary>The body's statusCode decides; the HTTP status only when there is no envelope. Messages carry advice and no secret.</summary>
    public sealed class GenAuthResponseReaderTests
    {
        private const string Secret = "s3cret-value-42";

        private static JsonNode Read(int httpStatus, string body, string? contentType = "application/json") =>
            GenAuthResponseReader.ReadData("get-custom-fields (USER)", httpStatus, contentType, Encoding.UTF8.GetBytes(body), new SecretRedactor(Secret));

        private static PullFailure Fail(int httpStatus, string body, string? contentType = "application/json") =>
            Assert.Throws<PullException>(() => Read(httpStatus, body, contentType)).Failure;

        [Fact]
        public void A_success_envelope_gives_its_data_even_when_data_is_one_object()
        {
            JsonNode data = Read(200, """{"statusCode":200,"message":"ok","data":{"key":"age"}}""");

            Assert.Equal("age", data.GetValue("key")!.Text);
        }

        [Theory]
        [InlineData(200, """{"statusCode":401,"apiCode":1300,"message":"signature does not match","requestId":"r1"}""", "FG2004", "check the access key")]
        [InlineData(200, """{"statusCode":401,"apiCode":1305,"message":"clock skew"}""", "FG2004", "clock")]
        [InlineData(200, """{"statusCode":403,"message":"forbidden"}""", "FG2005", "permission")]
        [InlineData(200, """{"statusCode":503,"message":"busy"}""", "FG2006", "pull again later")]
        [InlineData(200, """{"statusCode":400,"apiCode":4000,"message":"bad targetType"}""", "FG2008", "requestId")]
        [InlineData(502, "<html><body>Bad gateway</body></html>", "FG2006", "pull again later")]
        [InlineData(404, "<html>not here</html>", "FG2007", "proxy")]
        [InlineData(200, """{"fields":[]}""", "FG2007", "API host")]
        [InlineData(200, """{"statusCode":200}""", "FG2007", "API host")]
        public void A_failure_gets_its_code_and_advice(int httpStatus, string body, string code, string advice)
        {
            PullFailure failure = Fail(httpStatus, body);

            Assert.Equal(code, failure.Code);
            Assert.Contains(advice, failure.Problem + failure.Advice);
        }

        [Fact]
        public void A_server_message_that_echoes_the_secret_is_masked()
        {
            PullFailure failure = Fail(200, "{\"statusCode\":400,\"message\":\"bad secret " + Secret + "\"}");

            Assert.DoesNotContain(Secret, failure.ToString());
            Assert.Contains("bad secret [redacted]", failure.Problem);
        }

        [Fact]
        public void A_body_that_is_not_json_is_described_briefly()
        {
            PullFailure failure = Fail(200, "<html>\n  <head><title>Login to the Wi-Fi</title></head>\n" + new string('x', 500), "text/html");

            Assert.Contains("answered HTTP 200 with a body that is not JSON (text/html, 556 bytes: '<html> <head><title>Login to the Wi-Fi</title></head> xxxxxx...')", failure.Problem);
        }
    }
}
