using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>
    /// The packed code fixes applied by `dotnet format` outside any IDE: one run with every FG ID that has
    /// a fix fixes each fixable mistake of the Mistakes consumer, and the result still builds. (A part of
    /// <see cref="PackageConsumerTests"/> so that it shares its one pack.)
    /// </summary>
    public partial class PackageConsumerTests
    {
        private static readonly string[] FixIds = { "FG1001", "FG1002", "FG1003", "FG1004", "FG1005", "FG1006", "FG1007" };

        [Fact]
        public void Dotnet_format_fixes_every_fixable_mistake_in_one_run()
        {
            _package.Consumer("Library");
            string project = _package.Consumer("Mistakes");
            (int restoreExit, string restore) = _package.Dotnet(project, "restore");
            Assert.True(restoreExit == 0, restore);

            // The IDs in two orders: dotnet format takes them in its own order, and the result must not depend on it.
            foreach (string[] ids in new[] { FixIds, FixIds.Reverse().ToArray() })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "Mistakes", "Mistakes.cs"), Path.Combine(project, "Mistakes.cs"), overwrite: true);

                (int exitCode, string output) = DotnetCli.Run(project, "format analyzers --diagnostics " + string.Join(" ", ids) + " --severity info --no-restore", _package.Environment);

                Assert.True(exitCode == 0, output);
                Assert.DoesNotContain("didn't return a Fix All action", output);
                Assert.DoesNotContain("Failed to apply code fix", output);
                VerifyFormatted(File.ReadAllText(Path.Combine(project, "Mistakes.cs")));
            }

            // Only the mistakes without a fix are left: "mit" (no option is near) and "eighteen".
            (int buildExit, string build) = _package.Dotnet(project, "build --no-restore");
            Assert.True(buildExit == 0, build);
            Assert.Contains("warning FG1002:", build);
            Assert.Contains("warning FG1003:", build);
            foreach (string fixedId in new[] { "FG1001", "FG1004", "FG1005", "FG1006", "FG1007" })
            {
                Assert.DoesNotContain("warning " + fixedId + ":", build);
            }
        }

        /// <summary>Compares with the checked-in <c>.verified.cs</c>; a mismatch leaves the actual text as <c>.received.cs</c> beside it.</summary>
        private static void VerifyFormatted(string actual)
        {
            string repository = typeof(PackageConsumerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
            string stem = Path.Combine(repository, "tests", "FieldGen.Package.Tests", "DotnetFormatTests." + nameof(Dotnet_format_fixes_every_fixable_mistake_in_one_run));
            string normalized = actual.Replace("\r\n", "\n");
            string expected = File.ReadAllText(stem + ".verified.cs").Replace("\r\n", "\n");
            if (expected != normalized)
            {
                File.WriteAllText(stem + ".received.cs", normalized);
            }

            Assert.Equal(expected, normalized);
        }
    }
}
