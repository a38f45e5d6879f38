using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FieldGen.Runtime.Tests.Rich;
using FieldGen.TestServer;
using Xunit;

namespace FieldGen.Runtime.Tests
{
    /// <summary>
    /// The generated converter makes HttpClient's JSON helpers work on real GenAuth responses: here from
    /// the FieldGen test server on 127.0.0.1, with a management token.
    /// </summary>
    public sealed class HttpClientTests : IAsyncLifetime
    {
        private readonly CustomDataTarget _user = new("USER", "user-1");
        private GenAuthTestServer _server = null!;
        private HttpClient _http = null!;

        public async Task InitializeAsync()
        {
            _server = await GenAuthTestServer.StartAsync();
            _server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER", Label = "Age" });
            _server.Store.SeedCustomField(new CustomField
            {
                TargetType = "USER", Key = "school", DataType = "ENUM", Label = "School",
                Options = new[] { new CustomFieldOption("pku", "Peking University"), new CustomFieldOption("hust", "HUST") },
            });
            _server.Store.SeedCustomData(_user, "age", JsonValue.Create(18));
            _server.Store.SeedCustomData(_user, "school", JsonValue.Create("pku"));
            _http = new HttpClient { BaseAddress = _server.BaseAddress };

            HttpResponseMessage tokenReply = await _http.PostAsJsonAsync("/api/v3/get-management-token", new { accessKeyId = _server.AccessKeyId, accessKeySecret = _server.AccessKeySecret });
            using JsonDocument token = JsonDocument.Parse(await tokenReply.Content.ReadAsStringAsync());
            _http.DefaultRequestHeaders.Add("Authorization", "Bearer " + token.RootElement.GetProperty("data").GetProperty("access_token").GetString());
            _http.DefaultRequestHeaders.Add("x-authing-userpool-id", _server.UserPoolId);
        }

        public async Task DisposeAsync()
        {
            _http.Dispose();
            await _server.DisposeAsync();
        }

        [Fact]
        public async Task GetFromJsonAsync_reads_the_response_envelope_into_the_typed_class()
        {
            UserCustomData? user = await _http.GetFromJsonAsync<UserCustomData>("/api/v3/get-custom-data?targetType=USER&targetIdentifier=user-1");

            Assert.Equal(18d, user!.Age_2);
            Assert.Equal(UserCustomData.School.Pku, user.SchoolValue?.Option);
        }

        [Fact]
        public async Task PostAsJsonAsync_sends_the_changed_keys_and_the_server_stores_them()
        {
            UserCustomData user = (await _http.GetFromJsonAsync<UserCustomData>("/api/v3/get-custom-data?targetType=USER&targetIdentifier=user-1"))!;
            user.SchoolValue = UserCustomData.School.Hust;

            HttpResponseMessage reply = await _http.PostAsJsonAsync("/api/v3/set-custom-data", user.ToSetCustomDataRequest("user-1"));
            string replyBody = await reply.Content.ReadAsStringAsync();

            Assert.Contains("\"success\":true", replyBody);
            Assert.Equal("hust", _server.Store.GetCustomData(_user)["school"]!.GetValue<string>());
            Assert.Equal(18, _server.Store.GetCustomData(_user)["age"]!.GetValue<int>());
        }

        [Fact]
        public async Task A_failure_envelope_surfaces_as_GenAuthApiException()
        {
            _server.Faults.Add(new InjectedFault { Path = "/api/v3/get-custom-data", Envelope = new FailureEnvelope(403, 2333, "Forbidden"), Times = 1 });

            var error = await Assert.ThrowsAsync<GenAuthApiException>(() => _http.GetFromJsonAsync<UserCustomData>("/api/v3/get-custom-data?targetType=USER&targetIdentifier=user-1"));

            Assert.Equal(403, error.StatusCode);
            Assert.Equal(2333, error.ApiCode);
            Assert.False(string.IsNullOrEmpty(error.RequestId));
        }

        [Fact]
        public async Task The_server_refuses_a_value_of_the_wrong_type_so_typed_writes_matter()
        {
            var body = "{\"targetType\":\"USER\",\"targetIdentifier\":\"user-1\",\"list\":[{\"key\":\"age\",\"value\":\"eighteen\"}]}";

            HttpResponseMessage reply = await _http.PostAsync("/api/v3/set-custom-data", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

            string replyBody = await reply.Content.ReadAsStringAsync();
            var error = Assert.Throws<GenAuthApiException>(() => UserCustomData.FromJson(replyBody));
            Assert.Equal(400, error.StatusCode);
        }
    }
}
