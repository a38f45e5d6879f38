using System;
using System.Linq;
using FieldGen.Management.Schema;
using FieldGen.Model;

namespace FieldGen.Management.Changes
{
    /// <summary>
    /// The generator options that decide generated names (a FieldGenSchema item's Namespace, ClassName,
    /// IncludeBuiltInFields and TargetTypes), so the change report names members as the build will.
    /// </summary>
    internal static class GeneratorOptions
    {
        /// <param name="ns">Namespace metadata, or null.</param>
        /// <param name="className">ClassName metadata (may contain <c>{Target}</c>), or null.</param>
        /// <param name="includeBuiltInFields">IncludeBuiltInFields metadata.</param>
        /// <param name="targetTypes">TargetTypes metadata: e.g. <c>USER;ROLE</c>; empty for all.</param>
        public static SchemaFileOptions Create(string? ns, string? className, bool includeBuiltInFields, string? targetTypes)
        {
            string[] targets = (targetTypes ?? string.Empty)
                .Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Trim().ToUpperInvariant())
                .Where(t => Array.IndexOf(TargetTypes.All, t) >= 0)
                .Distinct()
                .OrderBy(t => t, StringComparer.Ordinal)
                .ToArray();
            return new SchemaFileOptions(OrNull(ns), OrNull(className), includeBuiltInFields, new EquatableArray<string>(targets));
        }

        private static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
