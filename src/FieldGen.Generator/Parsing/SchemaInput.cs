using System;
using System.Linq;
using FieldGen.Diagnostics;
using FieldGen.Model;
using FieldGen.Naming;
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
            if (ns is not null && !CSharpIdentifiers.IsValidNamespace(ns))
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "Namespace", ns, "not a valid C# namespace"));
                ns = null;
            }

            string? className = Read(options, "FieldGenClassName");
            if (className is not null && !CSharpIdentifiers.IsValidIdentifier(className.Replace("{Target}", "User")))
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "ClassName", className, "not a valid C# class name (it may contain {Target})"));
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

        private static string? Read(AnalyzerConfigOptions options, string name) =>
            options.TryGetValue(MetadataPrefix + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
