using FieldGen.Model;
using FieldGen.Parsing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FieldGen
{
    /// <summary>
    /// Project-wide inputs: the default namespace (and the diagnostic when the configured one cannot be
    /// used), the C# version, and whether the runtime library is referenced.
    /// </summary>
    internal readonly record struct GlobalSettings(string DefaultNamespace, DiagnosticInfo? NamespaceProblem, LanguageVersion LanguageVersion, bool RuntimeReferenced)
    {
        public bool LanguageVersionSupported => LanguageVersion >= LanguageVersion.CSharp8;

        public bool CanEmit => LanguageVersionSupported && RuntimeReferenced;

        /// <summary>FieldGenNamespace if set and valid, else the project's RootNamespace if valid, else the global namespace.</summary>
        public static string ReadNamespace(AnalyzerConfigOptions options) => ReadNamespace(options, out _);

        /// <summary>As <see cref="ReadNamespace(AnalyzerConfigOptions)"/>; <paramref name="problem"/> says which setting was refused and why.</summary>
        public static string ReadNamespace(AnalyzerConfigOptions options, out DiagnosticInfo? problem) =>
            ProjectNamespace.Resolve(
                options.TryGetValue("build_property.RootNamespace", out string? root) ? root : null,
                options.TryGetValue("build_property.FieldGenNamespace", out string? configured) ? configured : null,
                out problem);

        /// <summary>True under FieldGenEmitSources=true: an MSBuild step writes the classes as real source, so the generator adds none (it still reports the schema diagnostics).</summary>
        public static bool ReadEmitSources(AnalyzerConfigOptions options) =>
            options.TryGetValue("build_property.FieldGenEmitSources", out string? value) && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
    }
}
