using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

/// <summary>Runs a snippet of JavaScript in node over a JSON input: the independent oracle of what JavaScript computes.</summary>
internal static class NodeEval
{
    /// <summary>Runs <paramref name="body"/> with <c>input</c> bound to the parsed <paramref name="input"/>; it must return a JSON-serializable value.</summary>
    public static async Task<JsonNode> RunAsync(string body, JsonNode input)
    {
        string folder = Path.Combine(Path.GetTempPath(), "fieldgen-node-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string inputPath = Path.Combine(folder, "input.json");
            string scriptPath = Path.Combine(folder, "eval.js");
            await File.WriteAllTextAsync(inputPath, input.ToJsonString());
            await File.WriteAllTextAsync(scriptPath,
                "const input = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));\n"
                + "const output = (() => {\n" + body + "\n})();\n"
                + "process.stdout.write(JSON.stringify(output));\n");
            var run = await ProcessRunner.RunAsync(NodeSdkInstallation.RequireTool("node"), new[] { scriptPath, inputPath }, folder, TimeSpan.FromSeconds(30));
            Assert.True(run.ExitCode == 0, "node failed: " + run.StandardError);
            return JsonNode.Parse(run.StandardOutput)!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
