using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FieldGen
{
    /// <summary>Project-wide inputs: the default namespace, the C# version, and whether the runtime library is referenced.</summary>
    internal readonly record struct GlobalSettings(string DefaultNamespace, LanguageVersion LanguageVersion, bool RuntimeReferenced)
    {
        public bool LanguageVersionSupported => LanguageVersion >= LanguageVersion.CSharp8;

        public bool CanEmit => LanguageVersionSupported && RuntimeReferenced;

        /// <summary>FieldGenNamespace if set, else the project's RootNamespace, else the global namespace.</summary>
        public static string ReadNamespace(AnalyzerConfigOptions options)
        {
            if (options.TryGetValue("build_property.FieldGenNamespace", out string? configured) && !string.IsNullOrWhiteSpace(configured))
            {
                return configured.Trim();
            }

            return options.TryGetValue("build_property.RootNamespace", out string? root) && Naming.CSharpIdentifiers.IsValidNamespace(root.Trim())
                ? root.Trim()
                : string.Empty;
        }
    }
}
