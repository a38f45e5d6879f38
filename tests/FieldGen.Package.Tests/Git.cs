using System.Diagnostics;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>The few git commands the package tests need, with an identity of their own (no user config needed).</summary>
    internal static class Git
    {
        public static void Commit(string directory, string message)
        {
            if (!System.IO.Directory.Exists(System.IO.Path.Combine(directory, ".git")))
            {
                Run(directory, "init -q -b main");
                Run(directory, "add -A");
            }

            Run(directory, "commit -q --allow-empty -m \"" + message + "\"");
        }

        public static string Run(string directory, string arguments)
        {
            var start = new ProcessStartInfo("git", "-c user.name=FieldGen.Package.Tests -c user.email=tests@fieldgen.invalid -c commit.gpgsign=false " + arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "git " + arguments + " failed in " + directory + ":\n" + output + error);
            return output.Trim();
        }
    }
}
