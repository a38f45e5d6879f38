using FieldGen.Model;
using FieldGen.Parsing;

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
        public static SchemaFileOptions Create(string? ns, string? className, bool includeBuiltInFields, string? targetTypes) =>
            // The generator's own reading of the item metadata: a value it refuses is dropped here too.
            SchemaFileSettings.Read(
                fileName: string.Empty,
                name => name switch
                {
                    SchemaFileSettings.NamespaceMetadata => ns,
                    SchemaFileSettings.ClassNameMetadata => className,
                    SchemaFileSettings.IncludeBuiltInFieldsMetadata => includeBuiltInFields ? "true" : null,
                    SchemaFileSettings.TargetTypesMetadata => targetTypes,
                    _ => null,
                },
                out _);
    }
}
