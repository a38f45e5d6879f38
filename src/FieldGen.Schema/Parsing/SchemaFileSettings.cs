using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Diagnostics;
using FieldGen.Merging;
using FieldGen.Model;
using FieldGen.Naming;
using FieldGen.Wire;

namespace FieldGen.Parsing
{
    /// <summary>
    /// A schema file's settings (Namespace, ClassName, IncludeBuiltInFields, TargetTypes) from its item
    /// metadata, with a diagnostic for each value refused. Shared by the generator (metadata arrives as
    /// build_metadata.AdditionalFiles.*) and the FieldGenEmitSources task (metadata of the item itself).
    /// </summary>
    internal static class SchemaFileSettings
    {
        public const string NamespaceMetadata = "FieldGenNamespace";
        public const string ClassNameMetadata = "FieldGenClassName";
        public const string IncludeBuiltInFieldsMetadata = "FieldGenIncludeBuiltInFields";
        public const string TargetTypesMetadata = "FieldGenTargetTypes";

        /// <param name="fileName">The schema file's name, for the diagnostics.</param>
        /// <param name="read">The value of a metadata name (FieldGenNamespace, FieldGenClassName, FieldGenIncludeBuiltInFields, FieldGenTargetTypes), or null.</param>
        /// <param name="problems">One diagnostic per refused value.</param>
        public static SchemaFileOptions Read(string fileName, Func<string, string?> read, out EquatableArray<DiagnosticInfo> problems)
        {
            var found = new List<DiagnosticInfo>();
            string? ns = Value(read, NamespaceMetadata);
            string? nsProblem = ns is null ? null : SettingRules.NamespaceProblem(ns);
            if (nsProblem is not null)
            {
                found.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "Namespace", ns!, nsProblem + "; the project's namespace is used instead"));
                ns = null;
            }

            string? className = Value(read, ClassNameMetadata);
            string? classProblem = className is null ? null : ClassNameProblem(className);
            if (classProblem is not null)
            {
                found.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "ClassName", className!, classProblem + "; the default {Target}CustomData is used instead"));
                className = null;
            }

            bool includeBuiltIn = string.Equals(Value(read, IncludeBuiltInFieldsMetadata), "true", StringComparison.OrdinalIgnoreCase);
            string[] targets = TargetTypes.ParseList(Value(read, TargetTypesMetadata), out IReadOnlyList<string> unknownTargets);
            foreach (string unknown in unknownTargets)
            {
                found.Add(DiagnosticInfo.Create(DiagnosticIds.InvalidFileOption, null, fileName, "TargetTypes", unknown, "expected " + TargetTypes.ListText));
            }

            problems = found.ToEquatableArray();
            return new SchemaFileOptions(ns, className, includeBuiltIn, new EquatableArray<string>(targets));
        }

        // Every target the file can generate must get a usable name: "{Target}fields" is fine for no one.
        private static string? ClassNameProblem(string className)
        {
            foreach (TargetType target in TargetTypes.All)
            {
                string? problem = SettingRules.ClassNameProblem(GeneratedClassName.For(className, target.WireName));
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
