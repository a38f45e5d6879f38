using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

/// <summary>A <c>dotnet &lt;dll&gt;</c> child process whose stdout lines the test reads with a bounded wait; killed if left running.</summary>
internal sealed class ChildProcess : IDisposable
{
    public const int SIGINT = 2;
    public const int SIGTERM = 15;

    private readonly Process _process;
    private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _lines.Writer.TryWrite(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Starts <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c>.</summary>
    public static ChildProcess StartDotnet(string dll, params string[] arguments)
    {
        Assert.True(File.Exists(dll), dll + " was not built");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet " + dll));
    }

    /// <summary>The next stdout line, failing the test after <paramref name="timeout"/>.</summary>
    public async Task<string> ReadLineAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await _lines.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the child process printed no line within {timeout.TotalSeconds:0} s");
        }
    }

    public async Task<List<string>> ReadLinesAsync(int count, TimeSpan timeout)
    {
        var lines = new List<string>();
        while (lines.Count < count)
        {
            lines.Add(await ReadLineAsync(timeout));
        }

        return lines;
    }

    /// <summary>Sends a POSIX signal, as Ctrl+C (SIGINT) or a service manager (SIGTERM) would.</summary>
    public void Signal(int signal) => Assert.Equal(0, kill(_process.Id, signal));

    /// <summary>Whether the process ended within <paramref name="timeout"/>.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>The build output of a sibling project, e.g. <c>FieldGen.TestServer.HostProcess</c>, in this configuration.</summary>
    public static string SiblingOutput(string relativeProjectFolder, string assemblyName)
    {
        // bin/<Configuration>/<tfm>/ of this test project.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string tfm = output.Name;
        string configuration = output.Parent!.Name;
        string repository = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(repository, relativeProjectFolder, "bin", configuration, tfm, assemblyName + ".dll");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
