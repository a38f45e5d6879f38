using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

/// <summary>The official Node.js SDK (signed requests) against the server: proof the signature rule is the SDK's.</summary>
[Collection(NodeSdkCollection.Name)]
public sealed class NodeSdkTests
{
    private readonly NodeSdkInstallation _sdk;

    public NodeSdkTests(NodeSdkInstallation sdk) => _sdk = sdk;

    [Fact]
    public async Task The_SDK_lists_fields_sets_and_reads_custom_data_with_verified_signed_requests()
    {
        await using var server = await GenAuthTestServer.StartAsync();
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "school", DataType = "STRING", Label = "School" });
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER", Label = "Age" });

        JsonNode result = await RunScriptAsync(server, server.AccessKeySecret);

        Assert.True(result["error"] is null, "the SDK call failed: " + result.ToJsonString());
        Assert.Equal(new[] { "school", "age" }, result["fields"]!["data"]!.AsArray().Select(f => (string?)f!["key"]));
        Assert.True((bool)result["set"]!["data"]!["success"]!);
        Assert.Equal("pku", (string?)result["data"]!["data"]!["school"]);
        Assert.Equal(18, (int)result["data"]!["data"]!["age"]!);

        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.True(r.AuthScheme == AuthScheme.Signature && r.Authenticated, $"{r.Method} {r.Path} was {r.AuthScheme}, authenticated {r.Authenticated}"));
        Assert.Equal(3, server.Counters.SignedRequestsVerified);
        Assert.Equal(0, server.Counters.BearerRequestsAccepted);
        Assert.Equal(0, server.Counters.ManagementTokensIssued);
    }

    [Fact]
    public async Task The_SDK_with_a_wrong_secret_is_refused_for_its_signature()
    {
        await using var server = await GenAuthTestServer.StartAsync();

        JsonNode result = await RunScriptAsync(server, "not-the-secret");

        Assert.Equal(401, (int)result["error"]!["status"]!);
        Assert.Equal(GenAuthApiCodes.BadSignature, (int)result["error"]!["body"]!["apiCode"]!);
        Assert.Equal(0, server.Counters.SignedRequestsVerified);
    }

    private async Task<JsonNode> RunScriptAsync(GenAuthTestServer server, string secret)
    {
        string folder = await _sdk.FolderAsync();
        string node = NodeSdkInstallation.RequireTool("node");
        string script = Path.Combine(folder, "custom-data-calls.js");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "NodeSdk", "custom-data-calls.js"), script, overwrite: true);

        var run = await ProcessRunner.RunAsync(node, new[] { script }, folder, TimeSpan.FromSeconds(30), new Dictionary<string, string>
        {
            ["GENAUTH_HOST"] = server.BaseAddress.ToString().TrimEnd('/'),
            ["GENAUTH_ACCESS_KEY_ID"] = server.AccessKeyId,
            ["GENAUTH_ACCESS_KEY_SECRET"] = secret,
        });

        Assert.True(run.ExitCode == 0, $"node exited {run.ExitCode}:\n{run.StandardError}");
        string lastLine = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return JsonNode.Parse(lastLine) ?? throw new InvalidOperationException("the script printed nothing:\n" + run.StandardError);
    }
}
