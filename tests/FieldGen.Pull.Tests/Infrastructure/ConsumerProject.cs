using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace FieldGen.Pull.Tests.Infrastructure
{
    /// <summary>
    /// A small consumer project in a temp folder, restored once and reused by every child build (a
    /// restore per test would cost more than the tests). It imports the repository's
    /// build/FieldGen.props and .targets (and so FieldGen.Pull.targets), points the UsingTask at the
    /// task built by this test build, and uses the generated classes from the pulled schema.
    /// </summary>
    public sealed class ConsumerProject : IAsyncLifetime
    {
        public string Directory { get; } = Path.Combine(Path.GetTempPath(), "fieldgen-pull-" + Guid.NewGuid().ToString("N")[..8]);

        public string ProjectFile => Path.Combine(Directory, "Consumer.csproj");

        public string SchemaPath => Path.Combine(Directory, "fieldgen.schema.json");

        public string ChangeReportPath => Path.Combine(Directory, "fieldgen.schema.changes.md");

        public string StampDirectory => Path.Combine(Directory, "obj", "fieldgen-pull");

        public async Task InitializeAsync()
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(ProjectFile, ProjectText());
            File.WriteAllText(Path.Combine(Directory, "Consumer.cs"), ConsumerCode);
            ProcessResult restore = await DotnetProcess.RunAsync(Directory, new[] { "restore", ProjectFile, "-nodeReuse:false", "-tl:off" }, new Dictionary<string, string>());
            if (restore.ExitCode != 0)
            {
                throw new InvalidOperationException("restore of the consumer project failed: " + restore);
            }
        }

        public Task DisposeAsync()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A child process may still hold a file for a moment; the temp folder is cleaned up by the OS.
            }

            return Task.CompletedTask;
        }

        /// <summary>Removes what an earlier test left: schema file, change report and auto-pull stamps.</summary>
        public void Reset()
        {
            foreach (string file in new[] { SchemaPath, ChangeReportPath })
            {
                File.Delete(file);
            }

            if (System.IO.Directory.Exists(StampDirectory))
            {
                System.IO.Directory.Delete(StampDirectory, recursive: true);
            }
        }

        /// <summary>Runs <c>dotnet build</c> (default: <c>-t:FieldGenPull</c>) with the given environment and extra arguments.</summary>
        public Task<ProcessResult> BuildAsync(IReadOnlyDictionary<string, string> environment, string? target = "FieldGenPull", params string[] extra)
        {
            var arguments = new List<string> { "build", ProjectFile, "--no-restore", "-nodeReuse:false", "-tl:off", "-v:m", "-p:UseSharedCompilation=false", "-p:FieldGenTasksAssembly=" + RepositoryPaths.TasksAssembly };
            if (target is not null)
            {
                arguments.Add("-t:" + target);
            }

            arguments.AddRange(extra);
            return DotnetProcess.RunAsync(Directory, arguments, environment);
        }

        private static string ProjectText()
        {
            string build = RepositoryPaths.BuildTargets;
            return $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{Path.Combine(build, "FieldGen.props")}" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <RootNamespace>Consumer</RootNamespace>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <FieldGenSchema Include="fieldgen.schema.json" Pull="true" />
                    <Reference Include="{RepositoryPaths.RuntimeAssembly}" />
                    <Analyzer Include="{RepositoryPaths.GeneratorAssembly}" />
                  </ItemGroup>
                  <Import Project="{Path.Combine(build, "FieldGen.targets")}" />
                </Project>
                """;
        }

        // Uses members generated from the seeded tenant's schema, so a full build proves the pulled file generates them.
        private const string ConsumerCode = """
            namespace Consumer
            {
                public static class UsesGeneratedMembers
                {
                    public static string Describe(UserCustomData user) =>
                        user.SchoolValue?.Option == UserCustomData.School.Pku ? "pku" : UserCustomData.Keys.Age;
                }
            }
            """;
    }
}
