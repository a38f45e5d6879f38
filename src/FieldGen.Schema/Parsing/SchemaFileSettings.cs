using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Diagnostics;
using FieldGen.Merging;
using FieldGen.Model;

namespace FieldGen.Parsing
{
    /// <summary>
    /// A schema file's settings (Namespace, ClassName, IncludeBuiltInFields, TargetTypes) from its item
    /// metadata, with a diagnostic for each value refused. Shared by the generator (metadata arrives as
    /// build_metadata.AdditionalFiles.*) and the FieldGenEmitSources task (metadata of the item itself).
    /// </summary>
    internal static class SchemaFileSettings
    {
        private static readonly string[] KnownTargets = { "USER", "ROLE", "GROUP", "DEPARTMENT" };

        /// <param name="fileName">The schema file's name, for the diagnostics.</param>
        /// <param name="read">The value of a metadata name (FieldGenNamespace, FieldGenClassName, FieldGenIncludeBuiltInFields, FieldGenTargetTypes), or null.</param>
        /// <param name="problems">One diagnostic per refused value.</param>
        public static SchemaFileOptions Read(string fileName, Func<string, string?> read, out EquatableArray<DiagnosticInfo> problems)
        {
            var found = new List<DiagnosticInfo>();
            string? ns = Value(read, "FieldGenNamespace");
            string? nsProblem = ns is null ? null : SettingRules.NamespaceProblem(ns);
            if (nsProblem is not null)
            {
                found.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "Namespace", ns!, nsProblem + "; the project's namespace is used instead"));
                ns = null;
            }

            string? className = Value(read, "FieldGenClassName");
            string? classProblem = className is null ? null : ClassNameProblem(className);
            if (classProblem is not null)
            {
                found.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "ClassName", className!, classProblem + "; the default {Target}CustomData is used instead"));
                className = null;
            }

            bool includeBuiltIn = string.Equals(Value(read, "FieldGenIncludeBuiltInFields"), "true", StringComparison.OrdinalIgnoreCase);
            string[] targets = (Value(read, "FieldGenTargetTypes") ?? string.Empty)
                .Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Trim().ToUpperInvariant())
                .Distinct()
                .ToArray();
            foreach (string unknown in targets.Where(t => Array.IndexOf(KnownTargets, t) < 0))
            {
                found.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "TargetTypes", unknown, "expected USER, ROLE, GROUP or DEPARTMENT"));
            }

            targets = targets.Where(t => Array.IndexOf(KnownTargets, t) >= 0).OrderBy(t => t, StringComparer.Ordinal).ToArray();
            problems = found.ToEquatableArray();
            return new SchemaFileOptions(ns, className, includeBuiltIn, new EquatableArray<string>(targets));
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

        private static string? Value(Func<string, string?> read, string name)
        {
            string? value = read(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }
    }
}
