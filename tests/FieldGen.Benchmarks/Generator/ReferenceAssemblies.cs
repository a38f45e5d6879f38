using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FieldGen.Benchmarks.Generator
{
    /// <summary>
    /// What a net10.0 project compiles against, found next to the running runtime: the reference pack's
    /// assemblies and the System.Text.Json source generator the SDK ships in it. No version is written
    /// down: the pack of the running runtime's major version wins, its newest patch if several.
    /// </summary>
    internal static class ReferenceAssemblies
    {
        private static readonly Lazy<string> PackDirectory = new Lazy<string>(FindPack);
        private static readonly Lazy<IReadOnlyList<MetadataReference>> NetReferences = new Lazy<IReadOnlyList<MetadataReference>>(LoadReferences);

        /// <summary>The reference pack, e.g. /usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/10.0.12.</summary>
        public static string Pack => PackDirectory.Value;

        /// <summary>Every reference assembly of net10.0 plus FieldGen.Runtime, loaded once and shared by all compilations.</summary>
        public static IReadOnlyList<MetadataReference> All => NetReferences.Value;

        public static string StjGeneratorPath => Path.Combine(Pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");

        /// <summary>The System.Text.Json source generator, loaded from the SDK the way the compiler loads it.</summary>
        public static ISourceGenerator LoadStjGenerator()
        {
            var reference = new AnalyzerFileReference(StjGeneratorPath, new DefaultContextLoader());
            return reference.GetGenerators(LanguageNames.CSharp).Single();
        }

        private static string FindPack()
        {
            // RuntimeDirectory is <dotnet>/shared/Microsoft.NETCore.App/<version>/.
            string runtimeDir = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
            string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
            string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            int major = Environment.Version.Major;
            string? best = Directory.Exists(packs)
                ? Directory.GetDirectories(packs)
                    .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) && v.Major == major)
                    .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
                    .FirstOrDefault()
                : null;
            return best ?? throw new InvalidOperationException($"No Microsoft.NETCore.App.Ref {major}.* pack under {packs}; the build-time benchmarks need the .NET SDK.");
        }

        private static IReadOnlyList<MetadataReference> LoadReferences()
        {
            string refDir = Directory.GetDirectories(Path.Combine(Pack, "ref")).Single();
            var references = Directory.GetFiles(refDir, "*.dll")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            references.Add(MetadataReference.CreateFromFile(typeof(CustomData).Assembly.Location));
            return references;
        }

        private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            // The generator's Microsoft.CodeAnalysis 4.4 reference binds to the 4.8 already loaded here.
            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }
}
