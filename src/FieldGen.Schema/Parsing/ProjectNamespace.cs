using FieldGen.Diagnostics;
using FieldGen.Model;

namespace FieldGen.Parsing
{
    /// <summary>
    /// The classes' default namespace from the project's FieldGenNamespace and RootNamespace, shared by
    /// the generator (which reads them as build properties) and the FieldGenEmitSources task.
    /// </summary>
    internal static class ProjectNamespace
    {
        /// <summary>FieldGenNamespace if set and valid, else RootNamespace if valid, else the global namespace; <paramref name="problem"/> says which setting was refused and why.</summary>
        public static string Resolve(string? rootNamespace, string? fieldGenNamespace, out DiagnosticInfo? problem)
        {
            problem = null;
            string root = rootNamespace?.Trim() ?? string.Empty;
            string? rootProblem = root.Length == 0 ? null : SettingRules.NamespaceProblem(root);
            string fallback = rootProblem is null ? root : string.Empty;
            string fallbackText = fallback.Length == 0 ? "the global namespace" : "'" + fallback + "' (RootNamespace)";
            if (!string.IsNullOrWhiteSpace(fieldGenNamespace))
            {
                string trimmed = fieldGenNamespace!.Trim();
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
