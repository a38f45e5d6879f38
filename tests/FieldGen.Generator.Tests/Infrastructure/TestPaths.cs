using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FieldGen.Generator.Tests.Infrastructure
{
    /// <summary>Paths the test project's build recorded (NuGet root, the netstandard2.0 runtime, the repository).</summary>
    internal static class TestPaths
    {
        public static string NuGetPackageRoot => Metadata("NuGetPackageRoot");

        public static string RuntimeNetStandard => Path.GetFullPath(Metadata("RuntimeNetStandardPath"));

        public static string RepositoryRoot => Path.GetFullPath(Metadata("RepositoryRoot"));

        public static string Package(string id, string version, params string[] parts) =>
            Path.Combine(new[] { NuGetPackageRoot, id.ToLowerInvariant(), version }.Concat(parts).ToArray());

        private static string Metadata(string key) =>
            typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException("missing assembly metadata " + key);
    }
}
