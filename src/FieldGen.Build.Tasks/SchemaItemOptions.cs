using System;
using System.Linq;
using FieldGen.Management.Schema;
using FieldGen.Model;
using Microsoft.Build.Framework;

namespace FieldGen.Build.Tasks
{
    /// <summary>
    /// The generator options of a FieldGenSchema item (Namespace, ClassName, IncludeBuiltInFields,
    /// TargetTypes metadata), so the change report names members exactly as the build will generate them.
    /// </summary>
    internal static class SchemaItemOptions
    {
        public static SchemaFileOptions Read(ITaskItem item)
        {
            string[] targets = item.GetMetadata("TargetTypes")
                .Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Trim().ToUpperInvariant())
                .Where(t => Array.IndexOf(TargetTypes.All, t) >= 0)
                .Distinct()
                .OrderBy(t => t, StringComparer.Ordinal)
                .ToArray();
            return new SchemaFileOptions(
                OrNull(item.GetMetadata("Namespace")),
                OrNull(item.GetMetadata("ClassName")),
                string.Equals(item.GetMetadata("IncludeBuiltInFields").Trim(), "true", StringComparison.OrdinalIgnoreCase),
                new EquatableArray<string>(targets));
        }

        private static string? OrNull(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
