using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>
    /// Packs FieldGen once per test run, from a copy of src/ (so the working tree's bin folders are not
    /// touched while other test projects run), into a local feed with a version no cache has seen.
    /// </summary>
    public sealed class PackedPackage : IDisposable
    {
        public PackedPackage()
        {
            WorkDirectory = Path.Combine(Path.GetTempPath(), "fieldgen-package-tests-" + Guid.NewGuid().ToString("N"));
            Feed = Path.Combine(WorkDirectory, "feed");
            Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;
            string repository = Path.GetFullPath(typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);
            string copy = Path.Combine(WorkDirectory, "repo");
            CopySources(Path.Combine(repository, "src"), Path.Combine(copy, "src"));
            foreach (string file in new[] { "Directory.Build.props", "README.md" })
            {
                File.Copy(Path.Combine(repository, file), Path.Combine(copy, file));
            }

            (int exitCode, string output) = DotnetCli.Run(copy, $"pack src/FieldGen.Runtime/FieldGen.Runtime.csproj -c Release -o \"{Feed}\" -p:Version={Version}");
            PackOutput = output;
            Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
            NupkgPath = Path.Combine(Feed, $"FieldGen.{Version}.nupkg");
            Assert.True(File.Exists(NupkgPath), "no package at " + NupkgPath + "\n" + output);
            File.WriteAllText(Path.Combine(WorkDirectory, "NuGet.config"),
                $"<configuration><packageSources><clear /><add key=\"local\" value=\"{Feed}\" /><add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" /></packageSources></configuration>");
        }

        public string WorkDirectory { get; }

        public string Feed { get; }

        public string Version { get; }

        public string NupkgPath { get; }

        public string PackOutput { get; }

        /// <summary>Copies a consumer project from Consumers/ into the work folder, beside the NuGet.config.</summary>
        public string Consumer(string name)
        {
            string target = Path.Combine(WorkDirectory, name);
            CopySources(Path.Combine(AppContext.BaseDirectory, "Consumers", name), target);
            return target;
        }

        public (int ExitCode, string Output) Dotnet(string directory, string arguments) =>
            DotnetCli.Run(directory, arguments + $" -p:FieldGenVersion={Version} -nodeReuse:false");

        public void Dispose()
        {
            try
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private static void CopySources(string from, string to)
        {
            foreach (string directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            {
                string name = Path.GetFileName(directory);
                string relative = Path.GetRelativePath(from, directory);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.Combine(to, relative));
            }

            Directory.CreateDirectory(to);
            foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(from, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
                {
                    continue;
                }

                File.Copy(file, Path.Combine(to, relative), overwrite: true);
            }
        }
    }
}
