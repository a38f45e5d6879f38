using System;
using System.Linq;
using FieldGen.Diagnostics;
using FieldGen.Merging;
using FieldGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FieldGen.Parsing
{
    /// <summary>
    /// An AdditionalFiles item marked as a FieldGen schema (by the package's props, from a
    /// <c>FieldGenSchema</c> item), with its per-file settings read from item metadata.
    /// </summary>
    internal sealed record SchemaInput(AdditionalText File, SchemaFileOptions Options, EquatableArray<DiagnosticInfo> OptionDiagnostics)
    {
        private const string MetadataPrefix = "build_metadata.AdditionalFiles.";
        private static readonly string[] KnownTargets = { "USER", "ROLE", "GROUP", "DEPARTMENT" };

        public static bool IsSchema(AnalyzerConfigOptions options) =>
            options.TryGetValue(MetadataPrefix + "FieldGenSchema", out string? flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

        public static SchemaInput Create(AdditionalText file, AnalyzerConfigOptions options)
        {
            string fileName = System.IO.Path.GetFileName(file.Path);
            var problems = new System.Collections.Generic.List<DiagnosticInfo>();
            string? ns = Read(options, "FieldGenNamespace");
            string? nsProblem = ns is null ? null : SettingRules.NamespaceProblem(ns);
            if (nsProblem is not null)
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "Namespace", ns!, nsProblem + "; the project's namespace is used instead"));
                ns = null;
            }

            string? className = Read(options, "FieldGenClassName");
            string? classProblem = className is null ? null : ClassNameProblem(className);
            if (classProblem is not null)
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "ClassName", className!, classProblem + "; the default {Target}CustomData is used instead"));
                className = null;
            }

            bool includeBuiltIn = string.Equals(Read(options, "FieldGenIncludeBuiltInFields"), "true", StringComparison.OrdinalIgnoreCase);
            string[] targets = (Read(options, "FieldGenTargetTypes") ?? string.Empty)
                .Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Trim().ToUpperInvariant())
                .Distinct()
                .ToArray();
            foreach (string unknown in targets.Where(t => Array.IndexOf(KnownTargets, t) < 0))
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "TargetTypes", unknown, "expected USER, ROLE, GROUP or DEPARTMENT"));
            }

            targets = targets.Where(t => Array.IndexOf(KnownTargets, t) >= 0).OrderBy(t => t, StringComparer.Ordinal).ToArray();
            var fileOptions = new SchemaFileOptions(ns, className, includeBuiltIn, new EquatableArray<string>(targets));
            return new SchemaInput(file, fileOptions, problems.ToEquatableArray());
        }

        // Every target the file can generate must get a usable name: "{Target}fields" is fine for no one.
        private static string? ClassNameProblem(string className)
        {
            foreach (string target in KnownTargets)
            {
                string? problem = SettingRules.ClassNameProblem(SchemaMerger.ClassNameFor(className, target));
                if (problem is not null)
                {
                    return problem;
                }
            }

            return null;
        }

        private static string? Read(AnalyzerConfigOptions options, string name) =>
            options.TryGetValue(MetadataPrefix + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
