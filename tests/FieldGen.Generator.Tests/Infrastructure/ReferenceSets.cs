using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FieldGen.Generator.Tests.Infrastructure
{
    /// <summary>The assemblies a consumer of each target framework compiles against, FieldGen's runtime included.</summary>
    internal static class ReferenceSets
    {
        private static readonly Lazy<MetadataReference[]> LazyNet10 = new(() => FromFiles(
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .Append(typeof(FieldGen.CustomData).Assembly.Location)));

        private static readonly Lazy<MetadataReference[]> LazyNet80 = new(() => FromFiles(
            Directory.GetFiles(TestPaths.Package("Microsoft.NETCore.App.Ref", "8.0.31", "ref", "net8.0"), "*.dll")
                .Append(typeof(FieldGen.CustomData).Assembly.Location)));

        private static readonly Lazy<MetadataReference[]> LazyNetStandard20 = new(() => FromFiles(
            Directory.GetFiles(TestPaths.Package("NETStandard.Library", "2.0.3", "build", "netstandard2.0", "ref"), "*.dll")
                .Concat(new[]
                {
                    TestPaths.Package("System.Text.Json", "8.0.5", "lib", "netstandard2.0", "System.Text.Json.dll"),
                    TestPaths.Package("System.Memory", "4.5.5", "lib", "netstandard2.0", "System.Memory.dll"),
                    TestPaths.Package("System.Buffers", "4.5.1", "lib", "netstandard2.0", "System.Buffers.dll"),
                    TestPaths.Package("System.Runtime.CompilerServices.Unsafe", "6.0.0", "lib", "netstandard2.0", "System.Runtime.CompilerServices.Unsafe.dll"),
                    TestPaths.Package("System.Text.Encodings.Web", "8.0.0", "lib", "netstandard2.0", "System.Text.Encodings.Web.dll"),
                    TestPaths.Package("Microsoft.Bcl.AsyncInterfaces", "8.0.0", "lib", "netstandard2.0", "Microsoft.Bcl.AsyncInterfaces.dll"),
                    TestPaths.Package("System.Threading.Tasks.Extensions", "4.5.4", "lib", "netstandard2.0", "System.Threading.Tasks.Extensions.dll"),
                    TestPaths.Package("System.Numerics.Vectors", "4.4.0", "lib", "netstandard2.0", "System.Numerics.Vectors.dll"),
                    TestPaths.RuntimeNetStandard,
                })));

        public static IReadOnlyList<MetadataReference> Net10 => LazyNet10.Value;

        public static IReadOnlyList<MetadataReference> Net80 => LazyNet80.Value;

        public static IReadOnlyList<MetadataReference> NetStandard20 => LazyNetStandard20.Value;

        private static MetadataReference[] FromFiles(IEnumerable<string> files) =>
            files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToArray();
    }
}
