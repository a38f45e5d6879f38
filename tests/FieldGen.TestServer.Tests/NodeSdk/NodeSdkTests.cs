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
    public async Task The_SDK_creates_a_user_with_custom_data_and_update_user_merges_it()
    {
        await using var server = await GenAuthTestServer.StartAsync();
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "school", DataType = "STRING" });
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER" });
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "motto", DataType = "STRING" });

        JsonNode result = await RunScriptAsync("user-calls.js", server.BaseAddress.ToString().TrimEnd('/'), server.AccessKeyId, server.AccessKeySecret, "pku", "18");

        Assert.True(result["error"] is null, "the SDK call failed: " + result.ToJsonString());
        Assert.Equal("zoë", (string?)result["created"]!["data"]!["username"]);
        JsonNode read = result["read"]!["data"]!["customData"]!;
        Assert.Equal("pku", (string?)read["school"]);
        Assert.Equal(19, (double)read["age"]!);
        Assert.Equal("ünïcode 🙂", (string?)read["motto"]);
        Assert.All(server.Requests, r => Assert.True(r.AuthScheme == AuthScheme.Signature && r.Authenticated, $"{r.Method} {r.Path} was {r.AuthScheme}, authenticated {r.Authenticated}"));
        Assert.Equal(3, server.Counters.SignedRequestsVerified);
    }

    [Fact]
    public async Task The_SDK_with_a_wrong_secret_is_refused_for_its_signature()
    {
        await using var server = await GenAuthTestServer.StartAsync();

        JsonNode result = await RunScriptAsync(server, "not-the-secret");

        // HTTP 200 with the failure envelope, as GenAuth answers: the SDK hands the envelope back.
        Assert.True(result["error"] is null, "the SDK threw: " + result.ToJsonString());
        Assert.Equal(401, (int)result["fields"]!["statusCode"]!);
        Assert.Equal(GenAuthApiCodes.BadSignature, (int)result["fields"]!["apiCode"]!);
        Assert.StartsWith("签名校验失败", (string?)result["fields"]!["message"]);
        Assert.Equal(0, server.Counters.SignedRequestsVerified);
    }

    /// <summary>
    /// The standalone server, started by the documented command's program with a schema export, and the
    /// SDK pointed at it with exactly the variables it printed; a Chinese value and a decimal go through
    /// node's JSON.stringify signing, which the server rebuilds from the parsed body.
    /// </summary>
    [Fact]
    public async Task The_SDK_works_against_the_standalone_server_with_the_environment_it_prints()
    {
        string schema = Path.Combine(Path.GetTempPath(), "fieldgen-standalone-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(schema, "{\"statusCode\":200,\"message\":\"操作成功\",\"data\":["
            + "{\"targetType\":\"USER\",\"key\":\"school\",\"dataType\":\"STRING\",\"label\":\"学校\"},"
            + "{\"targetType\":\"USER\",\"key\":\"age\",\"dataType\":\"NUMBER\",\"label\":\"Age\"}]}");
        try
        {
            int port = FreePort();
            using var child = ChildProcess.StartDotnet(
                ChildProcess.SiblingOutput("src/FieldGen.TestServer", "FieldGen.TestServer"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--schema", schema);
            var printed = (await child.ReadLinesAsync(3, TimeSpan.FromSeconds(60))).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            Assert.Equal(new[] { "FIELDGEN_HOST", "FIELDGEN_ACCESS_KEY_ID", "FIELDGEN_ACCESS_KEY_SECRET" }, printed.Keys);
            Assert.Equal($"http://127.0.0.1:{port}", printed["FIELDGEN_HOST"]);

            JsonNode result = await RunScriptAsync(printed["FIELDGEN_HOST"], printed["FIELDGEN_ACCESS_KEY_ID"], printed["FIELDGEN_ACCESS_KEY_SECRET"], "北大 <a&b> 'x' +1", "18.5");

            Assert.True(result["error"] is null, "the SDK call failed: " + result.ToJsonString());
            Assert.Equal("操作成功", (string?)result["fields"]!["message"]);
            Assert.Equal(new[] { "school", "age" }, result["fields"]!["data"]!.AsArray().Select(f => (string?)f!["key"]));
            Assert.Equal(200, (int)result["set"]!["statusCode"]!);
            Assert.Equal("北大 <a&b> 'x' +1", (string?)result["data"]!["data"]!["school"]);
            Assert.Equal(18.5, (double)result["data"]!["data"]!["age"]!);

            child.Signal(ChildProcess.SIGTERM);
            Assert.True(await child.ExitsWithinAsync(TimeSpan.FromSeconds(5)), "the standalone server did not stop on SIGTERM");
        }
        finally
        {
            File.Delete(schema);
        }
    }

    /// <summary>Node with a host that has a path prefix sends <c>/genauth/api/v3/...</c> and signs <c>/api/v3/...</c>: PathBase models that gateway.</summary>
    [Fact]
    public async Task The_SDK_verifies_through_a_host_with_a_path_prefix()
    {
        await using var server = await GenAuthTestServer.StartAsync(new GenAuthTestServerOptions { PathBase = "/genauth" });
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "school", DataType = "STRING" });
        server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER" });

        JsonNode result = await RunScriptAsync(server, server.AccessKeySecret);

        Assert.True(result["error"] is null && (int)result["data"]!["statusCode"]! == 200, "the SDK call failed: " + result.ToJsonString());
        Assert.Equal(3, server.Counters.SignedRequestsVerified);
    }

    /// <summary>A schema file the standalone server cannot read is one line naming file, line and column, and exit code 2.</summary>
    [Fact]
    public async Task The_standalone_server_refuses_an_unreadable_schema_with_its_position()
    {
        string schema = Path.Combine(Path.GetTempPath(), "fieldgen-standalone-bad-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(schema, "{\n  \"data\": [ { \"key\": } ]\n}");
        try
        {
            var run = await ProcessRunner.RunAsync("dotnet", new[] { ChildProcess.SiblingOutput("src/FieldGen.TestServer", "FieldGen.TestServer"), "--port", "0", "--schema", schema }, Path.GetTempPath(), TimeSpan.FromSeconds(60));

            Assert.Equal(2, run.ExitCode);
            string line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(Path.GetFileName(schema) + "(2,", line);
            Assert.Contains("FG0001", line);
            Assert.Equal("", run.StandardOutput);
        }
        finally
        {
            File.Delete(schema);
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task<JsonNode> RunScriptAsync(GenAuthTestServer server, string secret) =>
        RunScriptAsync(server.BaseAddress.ToString().TrimEnd('/'), server.AccessKeyId, secret, "pku", "18");

    private Task<JsonNode> RunScriptAsync(string host, string accessKeyId, string secret, string school, string age) =>
        RunScriptAsync("custom-data-calls.js", host, accessKeyId, secret, school, age);

    private async Task<JsonNode> RunScriptAsync(string scriptName, string host, string accessKeyId, string secret, string school, string age)
    {
        string folder = await _sdk.FolderAsync();
        string node = NodeSdkInstallation.RequireTool("node");
        string script = Path.Combine(folder, scriptName);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "NodeSdk", scriptName), script, overwrite: true);

        var run = await ProcessRunner.RunAsync(node, new[] { script }, folder, TimeSpan.FromSeconds(30), new Dictionary<string, string>
        {
            ["GENAUTH_HOST"] = host,
            ["GENAUTH_ACCESS_KEY_ID"] = accessKeyId,
            ["GENAUTH_ACCESS_KEY_SECRET"] = secret,
            ["SCHOOL"] = school,
            ["AGE"] = age,
        });

        Assert.True(run.ExitCode == 0, $"node exited {run.ExitCode}:\n{run.StandardError}");
        string lastLine = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return JsonNode.Parse(lastLine) ?? throw new InvalidOperationException("the script printed nothing:\n" + run.StandardError);
    }
}
