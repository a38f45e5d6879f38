using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>
    /// Packs the repository once per test run the way README.md says (its <c>newcomer:pack</c> command),
    /// in a git copy of the working tree (bin/obj not copied, so other test projects are not disturbed;
    /// git so the version comes from a commit, as in a clone). Every child build uses this run's own
    /// NuGet cache: nothing reaches the user's ~/.nuget/packages, which serves only as a read-only
    /// fallback for the packages FieldGen depends on.
    /// </summary>
    /// <remarks>
    /// Layout under <see cref="WorkDirectory"/>: <c>fieldgen/</c> the clone, <c>fieldgen-packages/</c>
    /// the pack output, <c>nuget-packages/</c> the cache, <c>consumers/</c> the test consumers with a
    /// NuGet.config for the feed, and room beside them for the README's <c>MyApp</c>.
    /// </remarks>
    public sealed class PackedPackage : IDisposable
    {
        private static readonly string[] NotCopied = { ".git", "bin", "obj", "artifacts", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts" };

        public PackedPackage()
        {
            WorkDirectory = Path.Combine(Path.GetTempPath(), "fieldgen-package-tests-" + Guid.NewGuid().ToString("N"));
            RepositoryRoot = Path.GetFullPath(typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);
            Readme = new ReadmeSteps(Path.Combine(RepositoryRoot, "README.md"));
            Clone = Path.Combine(WorkDirectory, "fieldgen");
            ConsumersDirectory = Path.Combine(WorkDirectory, "consumers");
            Environment = new Dictionary<string, string>
            {
                ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "nuget-packages"),
                ["NUGET_FALLBACK_PACKAGES"] = UserPackagesFolder(),
            };

            CopySources(RepositoryRoot, Clone);
            Git.Commit(Clone, "the working tree under test");

            string[] pack = Readme.Commands("pack");
            Assert.True(pack.Length == 1 && pack[0].StartsWith("dotnet pack ", StringComparison.Ordinal), "the README's pack step is not one dotnet pack command: " + string.Join(" | ", pack));
            (int exitCode, string output) = DotnetCli.Run(Clone, pack[0]["dotnet ".Length..], Environment);
            PackOutput = output;
            Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);

            Feed = Path.GetFullPath(Path.Combine(Clone, pack[0].Split(' ').SkipWhile(word => word != "-o").ElementAt(1)));
            NupkgPath = Directory.GetFiles(Feed, "FieldGen.*.nupkg").Single(path => Path.GetFileName(path).StartsWith("FieldGen.", StringComparison.Ordinal) && char.IsDigit(Path.GetFileName(path)["FieldGen.".Length]));
            Version = Path.GetFileNameWithoutExtension(NupkgPath)["FieldGen.".Length..];

            Directory.CreateDirectory(ConsumersDirectory);
            File.WriteAllText(Path.Combine(ConsumersDirectory, "NuGet.config"),
                $"<configuration><packageSources><clear /><add key=\"local\" value=\"{Feed}\" /><add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" /></packageSources></configuration>");
        }

        public string WorkDirectory { get; }

        public string RepositoryRoot { get; }

        /// <summary>The git copy of the working tree that was packed.</summary>
        public string Clone { get; }

        internal ReadmeSteps Readme { get; }

        /// <summary>The folder the README's pack command wrote to.</summary>
        public string Feed { get; }

        /// <summary>The FieldGen package's version, as MinVer computed it for <see cref="Clone"/>'s commit.</summary>
        public string Version { get; }

        public string NupkgPath { get; }

        public string PackOutput { get; }

        /// <summary>Environment for child builds: this run's NuGet cache.</summary>
        public IReadOnlyDictionary<string, string> Environment { get; }

        private string ConsumersDirectory { get; }

        /// <summary>Copies a consumer project from Consumers/ into the consumers folder, beside its NuGet.config.</summary>
        public string Consumer(string name)
        {
            string target = Path.Combine(ConsumersDirectory, name);
            CopySources(Path.Combine(AppContext.BaseDirectory, "Consumers", name), target);
            return target;
        }

        public (int ExitCode, string Output) Dotnet(string directory, string arguments) =>
            DotnetCli.Run(directory, arguments + $" -p:FieldGenVersion={Version} -nodeReuse:false", Environment);

        public void Dispose()
        {
            try
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private static string UserPackagesFolder() =>
            System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        private static void CopySources(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(from, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => NotCopied.Contains(part)))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
                File.Copy(file, Path.Combine(to, relative), overwrite: true);
            }
        }
    }
}
