using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;

namespace FieldGen.Extensions.DependencyInjection.Tests;

public sealed class UserWriteTests
{
    private const string CreatePath = "/api/v3/create-user";
    private const string UpdatePath = "/api/v3/update-user";

    [Fact]
    public async Task Create_user_sends_the_custom_data_in_full_and_get_user_reads_it_back()
    {
        await using var harness = await ClientHarness.StartAsync();
        var customData = new UserCustomData { Age = 18.5, Vip = true, SchoolValue = UserCustomData.School.Pku };
        customData.AcceptChanges(); // in full means every value held, not only the changed ones

        GenAuthUser<UserCustomData> created = await harness.Client.CreateUserAsync(
            new NewGenAuthUser { Username = "zoë", Email = "zoe@example.com", Password = "p4ss" }, customData);
        GenAuthUser<UserCustomData> read = await harness.Client.GetUserAsync<UserCustomData>(created.UserId);

        Assert.Equal("zoë", read.Username);
        Assert.Equal(18.5, read.CustomData!.Age);
        Assert.True(read.CustomData.Vip);
        Assert.Equal(UserCustomData.School.Pku, read.CustomData.SchoolValue!.Value.Option);
        ReceivedRequest create = harness.Server.Requests.Single(r => r.Path == CreatePath);
        Assert.Equal(AuthScheme.Signature, create.AuthScheme);
        Assert.True(create.Authenticated); // the signature over a non-ASCII user name and the customData object held
        using JsonDocument body = JsonDocument.Parse(create.Body!);
        Assert.Equal(
            new[] { "age", "school", "vip" },
            body.RootElement.GetProperty("customData").EnumerateObject().Select(p => p.Name).OrderBy(n => n));
        Assert.False(customData.HasChanges);
        Assert.DoesNotContain("p4ss", harness.AllLogText()); // the password goes in the body only
    }

    [Fact]
    public async Task Create_user_with_a_taken_user_name_is_refused_and_leaves_the_changes()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Users.Add(new TestUser("u1") { Username = "alice" });
        var customData = new UserCustomData { Age = 30 };

        var failure = await Assert.ThrowsAsync<GenAuthApiException>(() =>
            harness.Client.CreateUserAsync(new NewGenAuthUser { Username = "alice" }, customData));

        Assert.Equal(409, failure.StatusCode);
        Assert.True(customData.HasChanges);
        Assert.Equal(1, harness.Server.Users.Count);
    }

    [Fact]
    public async Task Update_user_sends_only_the_changed_keys_and_the_server_keeps_the_others()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Users.Add(new TestUser("u1") { Username = "alice" });
        var target = new CustomDataTarget("USER", "u1");
        harness.Server.Store.SeedCustomData(target, "school", "pku");
        harness.Server.Store.SeedCustomData(target, "age", 18);
        harness.Server.Store.SeedCustomData(target, "vip", true);
        UserCustomData customData = (await harness.Client.GetUserAsync<UserCustomData>("u1")).CustomData!;

        customData.Age = 19;
        customData.Vip = null;
        GenAuthUser<UserCustomData> updated = await harness.Client.UpdateUserAsync("u1", customData);

        using JsonDocument body = JsonDocument.Parse(harness.Server.Requests.Single(r => r.Path == UpdatePath).Body!);
        Assert.Equal("u1", body.RootElement.GetProperty("userId").GetString());
        Assert.Equal("{\"age\":19,\"vip\":null}", body.RootElement.GetProperty("customData").GetRawText());
        Assert.Equal(UserCustomData.School.Pku, updated.CustomData!.SchoolValue!.Value.Option);
        Assert.Equal(19d, updated.CustomData.Age);
        Assert.Null(updated.CustomData.Vip);
        Assert.Equal("pku", harness.Server.Store.GetCustomData(target)["school"]!.GetValue<string>());
        Assert.False(customData.HasChanges);
    }

    [Fact]
    public async Task A_failed_update_leaves_the_changes_unaccepted_so_the_call_can_be_repeated()
    {
        await using var harness = await ClientHarness.StartAsync();
        var customData = new UserCustomData { Age = 40 };

        var failure = await Assert.ThrowsAsync<GenAuthApiException>(() => harness.Client.UpdateUserAsync("nobody", customData));

        Assert.Equal(404, failure.StatusCode);
        Assert.True(customData.HasChanges);

        harness.Server.Users.Add(new TestUser("nobody"));
        await harness.Client.UpdateUserAsync("nobody", customData);
        Assert.Equal(40d, harness.Server.Store.GetCustomData(new CustomDataTarget("USER", "nobody"))["age"]!.GetValue<double>());
    }

    [Fact]
    public async Task Update_user_with_an_unknown_key_changes_nothing_on_the_server()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Users.Add(new TestUser("u1"));
        var target = new CustomDataTarget("USER", "u1");
        harness.Server.Store.SeedCustomData(target, "age", 18);
        var customData = CustomDataJson("{\"age\":20,\"shoe_size\":44}");
        customData.Age = 21;
        customData.UnknownFields.Set("shoe_size", JsonDocument.Parse("45").RootElement);

        var failure = await Assert.ThrowsAsync<GenAuthApiException>(() => harness.Client.UpdateUserAsync("u1", customData));

        Assert.Equal(400, failure.StatusCode);
        Assert.Equal("18", harness.Server.Store.GetCustomData(target)["age"]!.ToJsonString());
        Assert.True(customData.HasChanges);
    }

    private static UserCustomData CustomDataJson(string json) => FieldGen.CustomDataSerializer.DeserializeDataObject<UserCustomData>(json);
}
