using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Client;
using Xunit;

namespace FieldGen.Pull.Tests.Client
{
    /// <summary>
    /// The setCustomData answer is judged by the same status rule as a GetCustomData response: the
    /// number equals 200 as JavaScript (GenAuth's server) reads it. Answers designed to trip an
    /// Int32-only reading: 200.0 and 2e2 are success, 500.0 and 5e2 a failure with StatusCode 500.
    /// </summary>
    public sealed class SetCustomDataAnswerTests
    {
        [Theory]
        [InlineData("200")]
        [InlineData("200.0")]
        [InlineData("2e2")]
        public async Task A_status_JavaScript_reads_as_200_is_success_and_the_changes_are_accepted(string status)
        {
            UserCustomData user = await SendAsync("{\"statusCode\":" + status + ",\"message\":\"ok\",\"data\":{\"success\":true}}");

            Assert.False(user.HasChanges);
        }

        [Theory]
        [InlineData("500.0", 500)]
        [InlineData("5e2", 500)]
        [InlineData("200.5", 0)]
        [InlineData("4294967496", 0)]
        public async Task Any_other_number_is_a_failure_and_the_changes_are_kept(string status, int statusCode)
        {
            var user = new UserCustomData { Nickname = "x" };
            var failure = await Assert.ThrowsAsync<GenAuthApiException>(() => SendAsync("{\"statusCode\":" + status + ",\"message\":\"no\",\"apiCode\":1,\"requestId\":\"r1\"}", user));

            Assert.Equal(statusCode, failure.StatusCode);
            Assert.Equal("r1", failure.RequestId);
            Assert.True(user.HasChanges);
        }

        [Fact]
        public async Task An_answer_with_no_numeric_status_is_a_format_error()
        {
            await Assert.ThrowsAsync<CustomDataFormatException>(() => SendAsync("{\"statusCode\":\"200\",\"message\":\"ok\"}"));
        }

        private static async Task<UserCustomData> SendAsync(string answer, UserCustomData? user = null)
        {
            user ??= new UserCustomData { Nickname = "x" };
            using var http = new HttpClient(new CannedAnswer(answer)) { BaseAddress = new Uri("http://127.0.0.1:9/") };
            var client = new GenAuthCustomDataClient(http, new GenAuthClientOptions { AccessKeyProvider = () => new GenAuthAccessKey("ak", "sk") });
            await client.SetCustomDataAsync(user, "u1");
            return user;
        }

        private sealed class CannedAnswer : HttpMessageHandler
        {
            private readonly string _answer;

            public CannedAnswer(string answer) => _answer = answer;

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(_answer, Encoding.UTF8, "application/json") });
        }
    }
}
