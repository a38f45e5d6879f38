using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Client
{
    /// <summary>The typed client against the test server, which verifies every signature; classes generated from Schemas/client-fields.json.</summary>
    public sealed class CustomDataClientTests : IAsyncLifetime
    {
        private GenAuthTestServer _server = null!;
        private HttpClient _http = null!;
        private GenAuthCustomDataClient _client = null!;

        public async Task InitializeAsync()
        {
            _server = await GenAuthTestServer.StartAsync();
            _server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER" });
            _server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "nickname", DataType = "STRING" });
            _server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "school", DataType = "ENUM", Options = new[] { new CustomFieldOption("pku", "Peking University"), new CustomFieldOption("mit", "MIT") } });
            _server.Store.SeedCustomField(new CustomField { TargetType = "ROLE", Key = "level", DataType = "NUMBER" });
            _server.Store.SeedCustomField(new CustomField { TargetType = "GROUP", Key = "motto", DataType = "STRING" });
            _server.Store.SeedCustomField(new CustomField { TargetType = "DEPARTMENT", Key = "cost_center", DataType = "STRING" });
            _http = new HttpClient { BaseAddress = _server.BaseAddress };
            _client = new GenAuthCustomDataClient(_http, new GenAuthClientOptions { AccessKeyProvider = () => new GenAuthAccessKey(_server.AccessKeyId, _server.AccessKeySecret) });
        }

        public async Task DisposeAsync()
        {
            _http.Dispose();
            await _server.DisposeAsync();
        }

        [Fact]
        public async Task Reads_a_users_values_into_the_generated_class_with_a_signed_request()
        {
            _server.Store.SeedCustomData(new CustomDataTarget("USER", "u1"), "age", 18);
            _server.Store.SeedCustomData(new CustomDataTarget("USER", "u1"), "school", "pku");

            UserCustomData user = await _client.GetCustomDataAsync<UserCustomData>("u1");

            Assert.Equal(18, user.Age);
            Assert.Equal(UserCustomData.School.Pku, user.SchoolValue?.Option);
            Assert.False(user.HasChanges);
            ReceivedRequest request = Assert.Single(_server.Requests);
            Assert.Equal("?targetType=USER&targetIdentifier=u1", request.QueryString);
            Assert.True(request.Authenticated && request.AuthScheme == AuthScheme.Signature);
        }

        [Fact]
        public async Task Reads_a_role_in_its_namespace_a_group_and_a_department()
        {
            _server.Store.SeedCustomData(new CustomDataTarget("ROLE", "admin", Namespace: "default"), "level", 3);
            _server.Store.SeedCustomData(new CustomDataTarget("GROUP", "g1"), "motto", "ship it");
            _server.Store.SeedCustomData(new CustomDataTarget("DEPARTMENT", "d1", TenantId: "t1"), "cost_center", "CC-7");

            RoleCustomData role = await _client.GetCustomDataAsync<RoleCustomData>("admin", "default");
            GroupCustomData group = await _client.GetCustomDataAsync<GroupCustomData>("g1");
            DepartmentCustomData department = await _client.GetCustomDataAsync<DepartmentCustomData>("d1", tenantId: "t1");

            Assert.Equal(3, role.Level);
            Assert.Equal("ship it", group.Motto);
            Assert.Equal("CC-7", department.CostCenter);
            Assert.All(_server.Requests, r => Assert.True(r.Authenticated));
        }

        [Fact]
        public async Task Sends_only_the_changed_keys_then_accepts_the_changes()
        {
            _server.Store.SeedCustomData(new CustomDataTarget("USER", "u1"), "age", 18);
            UserCustomData user = await _client.GetCustomDataAsync<UserCustomData>("u1");
            user.Nickname = "北大\t\"小明\"";
            user.SchoolValue = UserCustomData.School.Mit;

            await _client.SetCustomDataAsync(user, "u1");

            Assert.False(user.HasChanges);
            var stored = _server.Store.GetCustomData(new CustomDataTarget("USER", "u1"));
            Assert.Equal("北大\t\"小明\"", (string)stored["nickname"]!);
            Assert.Equal("mit", (string)stored["school"]!);
            Assert.Equal(18, (int)stored["age"]!);
            ReceivedRequest set = _server.Requests.Last();
            Assert.True(set.Authenticated, "the signature over the body's raw JSON verified");
            Assert.Equal(new[] { "nickname", "school" }, JsonNode.Parse(set.Body!)!["list"]!.AsArray().Select(i => (string)i!["key"]!).OrderBy(k => k));
        }

        [Fact]
        public async Task A_refused_write_throws_GenAuthApiException_and_keeps_the_changes()
        {
            var user = new UserCustomData();
            user.UnknownFields.Set("not_a_field", JsonDocument.Parse("1").RootElement);

            GenAuthApiException refused = await Assert.ThrowsAsync<GenAuthApiException>(() => _client.SetCustomDataAsync(user, "u1"));

            Assert.Equal(400, refused.StatusCode);
            Assert.Equal(4001, refused.ApiCode);
            Assert.NotNull(refused.RequestId);
            Assert.True(user.HasChanges);
        }

        [Fact]
        public async Task Nothing_changed_sends_nothing()
        {
            await _client.SetCustomDataAsync(new UserCustomData(), "u1");

            Assert.Empty(_server.Requests);
        }

        [Fact]
        public async Task Failures_of_a_read_surface_as_typed_exceptions()
        {
            var wrongKey = new GenAuthCustomDataClient(_http, new GenAuthClientOptions { AccessKeyProvider = () => new GenAuthAccessKey(_server.AccessKeyId, "wrong") });
            GenAuthApiException unauthorized = await Assert.ThrowsAsync<GenAuthApiException>(() => wrongKey.GetCustomDataAsync<UserCustomData>("u1"));
            _server.Faults.Add(new InjectedFault { HttpStatusCode = 502, GarbageBody = true, Times = 1 });
            HttpRequestException gateway = await Assert.ThrowsAsync<HttpRequestException>(() => _client.GetCustomDataAsync<UserCustomData>("u1"));

            Assert.Equal(401, unauthorized.StatusCode);
            Assert.Equal(1300, unauthorized.ApiCode);
            Assert.Contains("HTTP 502", gateway.Message);
        }

        [Fact]
        public void The_access_key_never_prints_its_secret()
        {
            Assert.Equal("access key id1 (secret hidden)", new GenAuthAccessKey("id1", "very-secret").ToString());
            Assert.Throws<ArgumentException>(() => new GenAuthAccessKey("id1", ""));
        }

        [Fact]
        public async Task More_than_50_changed_keys_go_out_as_several_calls_of_at_most_50()
        {
            // Fields added on the server after the schema was exported: set through UnknownFields.
            for (int i = 0; i < 60; i++)
            {
                _server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "extra_" + i, DataType = "STRING" });
            }

            var user = new UserCustomData { Nickname = "Ann" };
            for (int i = 0; i < 60; i++)
            {
                user.UnknownFields.Set("extra_" + i, "v" + i);
            }

            await _client.SetCustomDataAsync(user, "u9");

            Assert.Equal(2, _server.Requests.Count(r => r.Path == "/api/v3/set-custom-data" && r.Authenticated));
            var stored = _server.Store.GetCustomData(new CustomDataTarget("USER", "u9"));
            Assert.Equal(61, stored.Count);
            Assert.Equal("v59", stored["extra_59"]!.GetValue<string>());
            Assert.False(user.HasChanges);
        }
    }
}
