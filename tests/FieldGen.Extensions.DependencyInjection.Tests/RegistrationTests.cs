using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FieldGen.Client;
using FieldGen.TestServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FieldGen.Extensions.DependencyInjection.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task The_typed_client_comes_from_the_container_and_reads_custom_data()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Store.SeedCustomData(new CustomDataTarget("USER", "u1"), "school", "pku");

        UserCustomData data = await harness.Client.GetCustomDataAsync<UserCustomData>("u1");

        Assert.Equal(UserCustomData.School.Pku, data.SchoolValue!.Value.Option);
        Assert.Equal(1, harness.Server.Counters.SignedRequestsVerified);
    }

    [Theory]
    [InlineData("GenAuth:Host", "GenAuth:Host must be an absolute http(s) URL")]
    [InlineData("GenAuth:AccessKeyId", "GenAuth:AccessKeyId is not set")]
    [InlineData("GenAuth:AccessKeySecret", "GenAuth:AccessKeySecret is not set")]
    public async Task A_host_does_not_start_without_the_host_the_key_id_or_the_secret(string missingKey, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["GenAuth:Host"] = "https://api.authing.cn",
            ["GenAuth:AccessKeyId"] = "ak-test",
            ["GenAuth:AccessKeySecret"] = "secret-that-must-not-show",
        };
        settings.Remove(missingKey);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddGenAuthCustomData(builder.Configuration.GetSection("GenAuth"));
        using IHost host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, failure.Message);
        Assert.DoesNotContain("secret-that-must-not-show", failure.Message);
    }

    [Fact]
    public async Task The_secret_can_come_from_the_environment_and_the_rest_from_json_like_settings()
    {
        await using var server = await GenAuthTestServer.StartAsync();
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER", Label = "Age" });
        string prefix = "FIELDGEN_TEST_" + Guid.NewGuid().ToString("N") + "_";
        Environment.SetEnvironmentVariable(prefix + "GenAuth__AccessKeySecret", server.AccessKeySecret);
        try
        {
            IConfiguration configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["GenAuth:Host"] = server.BaseAddress.ToString(), ["GenAuth:AccessKeyId"] = server.AccessKeyId })
                .AddEnvironmentVariables(prefix)
                .Build();
            var services = new ServiceCollection().AddLogging();
            services.AddGenAuthCustomData(configuration.GetSection("GenAuth"));
            await using var provider = services.BuildServiceProvider();

            UserCustomData data = await provider.GetRequiredService<GenAuthCustomDataClient>().GetCustomDataAsync<UserCustomData>("u1");

            Assert.Null(data.Age);
            Assert.Equal(1, server.Counters.SignedRequestsVerified);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "GenAuth__AccessKeySecret", null);
        }
    }

    [Fact]
    public void Options_print_without_the_secret()
    {
        var options = new GenAuthOptions { Host = new Uri("https://api.authing.cn"), AccessKeyId = "ak1", AccessKeySecret = "s3cr3t-value" };

        Assert.Equal("GenAuth https://api.authing.cn, access key ak1 (secret hidden)", options.ToString());
    }
}
