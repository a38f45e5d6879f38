using System;
using System.IO;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

/// <summary>
/// One <c>npm install authing-node-sdk@4.0.1</c> per test run, in a temp folder removed afterwards.
/// Missing npm or node fails the tests that need them, never skips them.
/// </summary>
public sealed class NodeSdkInstallation : IDisposable
{
    public const string SdkPackage = "authing-node-sdk@4.0.1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fieldgen-node-sdk-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<Task> _install;

    public NodeSdkInstallation() => _install = new Lazy<Task>(InstallAsync);

    /// <summary>The folder holding <c>node_modules/authing-node-sdk</c>, installing it on first use.</summary>
    public async Task<string> FolderAsync()
    {
        await _install.Value;
        return _folder;
    }

    public static string RequireTool(string tool) =>
        ProcessRunner.FindOnPath(tool)
        ?? throw new InvalidOperationException(
            $"'{tool}' was not found on PATH. The Node.js SDK check needs Node.js 20+ with npm: install them (e.g. apt-get install nodejs npm) and run the tests again.");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never installed: nothing to clean.
        }
    }

    private async Task InstallAsync()
    {
        string npm = RequireTool("npm");
        Directory.CreateDirectory(_folder);

        // Its own package.json, so npm does not climb into a parent folder's project.
        await File.WriteAllTextAsync(Path.Combine(_folder, "package.json"), "{ \"name\": \"fieldgen-node-sdk-check\", \"private\": true }");
        var result = await ProcessRunner.RunAsync(
            npm, new[] { "install", SdkPackage, "--no-audit", "--no-fund", "--silent" }, _folder, TimeSpan.FromSeconds(150));
        if (result.ExitCode != 0 || !Directory.Exists(Path.Combine(_folder, "node_modules", "authing-node-sdk")))
        {
            throw new InvalidOperationException($"npm install {SdkPackage} failed (exit {result.ExitCode}):\n{result.StandardError}\n{result.StandardOutput}");
        }
    }
}
