using FieldGen.Diagnostics;
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
        public static string ReadNamespace(AnalyzerConfigOptions options, out DiagnosticInfo? problem)
        {
            problem = null;
            string root = options.TryGetValue("build_property.RootNamespace", out string? rootValue) ? rootValue.Trim() : string.Empty;
            string? rootProblem = root.Length == 0 ? null : SettingRules.NamespaceProblem(root);
            string fallback = rootProblem is null ? root : string.Empty;
            string fallbackText = fallback.Length == 0 ? "the global namespace" : "'" + fallback + "' (RootNamespace)";
            if (options.TryGetValue("build_property.FieldGenNamespace", out string? configured) && !string.IsNullOrWhiteSpace(configured))
            {
                string trimmed = configured.Trim();
                string? configuredProblem = SettingRules.NamespaceProblem(trimmed);
                if (configuredProblem is null)
                {
                    return trimmed;
                }

                problem = DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, "The project", "FieldGenNamespace", trimmed, configuredProblem + "; the classes are generated in " + fallbackText + " instead");
                return fallback;
            }

            if (rootProblem is not null)
            {
                problem = DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, "The project", "RootNamespace", root, rootProblem + "; the classes are generated in the global namespace instead (set FieldGenNamespace)");
            }

            return fallback;
        }
    }
}
