using System;
using FieldGen.Management.Changes;
using FieldGen.Model;
using Microsoft.Build.Framework;

namespace FieldGen.Build.Tasks
{
    /// <summary>Reads the generator options of a FieldGenSchema item from its metadata.</summary>
    internal static class SchemaItemOptions
    {
        public static SchemaFileOptions Read(ITaskItem item) =>
            GeneratorOptions.Create(
                item.GetMetadata("Namespace"),
                item.GetMetadata("ClassName"),
                string.Equals(item.GetMetadata("IncludeBuiltInFields").Trim(), "true", StringComparison.OrdinalIgnoreCase),
                item.GetMetadata("TargetTypes"));
    }
}
