using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FieldGen.Pull.Tests.Infrastructure
{
    /// <summary>Where the built pieces are: recorded by the test project's build, so child builds use exactly what this build made.</summary>
    internal static class RepositoryPaths
    {
        public static string Root => Metadata("RepositoryRoot");

        public static string Configuration => Metadata("Configuration");

        /// <summary>FieldGenRepositoryUrl from Directory.Build.props: the one source of help links and package metadata.</summary>
        public static string RepositoryUrl => Metadata("FieldGenRepositoryUrl");

        public static string BuildTargets => Path.Combine(Root, "src", "FieldGen.Runtime", "build");

        public static string TasksAssembly => Output("FieldGen.Build.Tasks", "netstandard2.0", "FieldGen.Build.Tasks.dll");

        public static string RuntimeAssembly => Output("FieldGen.Runtime", "net8.0", "FieldGen.Runtime.dll");

        public static string GeneratorAssembly => Output("FieldGen.Generator", "netstandard2.0", "FieldGen.Generator.dll");

        /// <summary>The CLI as copied beside the tests (with its runtimeconfig), to run with <c>dotnet</c>.</summary>
        public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "FieldGen.Cli.dll");

        private static string Output(string project, string framework, string file) =>
            Path.Combine(Root, "src", project, "bin", Configuration, framework, file);

        private static string Metadata(string key) =>
            typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException("missing assembly metadata " + key);
    }
}
