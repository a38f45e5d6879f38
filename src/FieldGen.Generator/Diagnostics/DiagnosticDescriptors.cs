using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FieldGen.Diagnostics
{
    /// <summary>
    /// The generator's diagnostics: FG0xxx (schema and generation) and FG1009, which only the generator
    /// can see. The analyzers carry their own (FG1001-FG1008) in FieldGen.Analyzers; the IDs of both are
    /// in <see cref="DiagnosticIds"/>. Each has a section in docs/diagnostics.md (the help link) and a
    /// line in this project's AnalyzerReleases.*.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string SchemaCategory = DiagnosticIds.SchemaCategory;
        private const string UsageCategory = DiagnosticIds.UsageCategory;
        private const string HelpBase = FieldGenRepository.Url + DiagnosticIds.HelpPage;

        public static readonly DiagnosticDescriptor InvalidJson = new DiagnosticDescriptor(
            DiagnosticIds.InvalidJson,
            "Schema file is not valid JSON",
            "{0} is not valid JSON: {1}; fix the file or export it again",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0001");

        public static readonly DiagnosticDescriptor UnrecognizedSchemaForm = new DiagnosticDescriptor(
            DiagnosticIds.UnrecognizedSchemaForm,
            "Schema file has an unknown shape",
            "{0}: {1}; expected {2}",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0002");

        public static readonly DiagnosticDescriptor InvalidField = new DiagnosticDescriptor(
            DiagnosticIds.InvalidField,
            "Custom field cannot be read",
            "{0}; the field is skipped, fix it in the schema file",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0003");

        public static readonly DiagnosticDescriptor UnknownTargetType = new DiagnosticDescriptor(
            DiagnosticIds.UnknownTargetType,
            "Unknown target type",
            "Field '{0}' has targetType '{1}'; expected USER, ROLE, GROUP or DEPARTMENT; the field is skipped",
            SchemaCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0004");

        public static readonly DiagnosticDescriptor UntypedDataType = new DiagnosticDescriptor(
            DiagnosticIds.UntypedDataType,
            "OBJECT data type generated as raw JSON",
            "Field '{0}' of {1} has data type '{2}', generated as a raw JsonElement value",
            SchemaCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0005");

        public static readonly DiagnosticDescriptor UnknownDataType = new DiagnosticDescriptor(
            DiagnosticIds.UnknownDataType,
            "Unknown data type generated as raw JSON",
            "Field '{0}' of {1} {2}; {3}; it is generated as a raw JsonElement value",
            SchemaCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0018");

        public static readonly DiagnosticDescriptor NameClash = new DiagnosticDescriptor(
            DiagnosticIds.NameClash,
            "Generated names clash",
            "{0} '{1}' maps to the C# name '{2}', which {3}; it is generated as '{4}'. Rename it on the server (or the other one), or use the generated name.",
            SchemaCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0006");

        public static readonly DiagnosticDescriptor ConflictingDefinitions = new DiagnosticDescriptor(
            DiagnosticIds.ConflictingDefinitions,
            "Key defined twice with different definitions",
            "The {0} key '{1}' is defined at {2} and again, differently, at {3}; the first definition is used. Keep one definition or split the files by namespace.",
            SchemaCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0007");

        public static readonly DiagnosticDescriptor DuplicateOption = new DiagnosticDescriptor(
            DiagnosticIds.DuplicateOption,
            "Duplicate option value",
            "Option value '{0}' appears twice in field '{1}'; the second is ignored",
            SchemaCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0008");

        public static readonly DiagnosticDescriptor EnumWithoutOptions = new DiagnosticDescriptor(
            DiagnosticIds.EnumWithoutOptions,
            "ENUM field without options",
            "ENUM field '{0}' of {1} has no options; its enum is empty and every value is kept as its raw string",
            SchemaCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0009");

        public static readonly DiagnosticDescriptor InvalidOptions = new DiagnosticDescriptor(
            DiagnosticIds.InvalidOptions,
            "Options cannot be read",
            "The options of field '{0}' cannot be read: {1}; values still round-trip as unlisted options",
            SchemaCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0010");

        public static readonly DiagnosticDescriptor LanguageVersionTooLow = new DiagnosticDescriptor(
            DiagnosticIds.LanguageVersionTooLow,
            "C# 8 or later is required",
            "FieldGen generates nullable-annotated code, which needs C# 8 or later; this project uses C# {0}. Set <LangVersion>latest</LangVersion> (or 8.0 or later) in the project file.",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0011");

        public static readonly DiagnosticDescriptor RuntimeNotReferenced = new DiagnosticDescriptor(
            DiagnosticIds.RuntimeNotReferenced,
            "FieldGen runtime library is not referenced",
            "The generated classes need FieldGen.Runtime.dll, which is not referenced; reference the FieldGen package (not only its analyzer)",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0012");

        public static readonly DiagnosticDescriptor InvalidFileOption = new DiagnosticDescriptor(
            DiagnosticIds.InvalidFileOption,
            "Invalid FieldGen setting",
            "{0} has an invalid setting {1}='{2}': {3}",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0013");

        public static readonly DiagnosticDescriptor FailureResponse = new DiagnosticDescriptor(
            DiagnosticIds.FailureResponse,
            "Schema file holds a failure response",
            "{0} holds a failed API response (statusCode {1}: {2}); export the schema again with valid credentials",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0014");

        public static readonly DiagnosticDescriptor EmptySchema = new DiagnosticDescriptor(
            DiagnosticIds.EmptySchema,
            "Schema file defines no fields",
            "{0} defines no custom fields; nothing is generated from it",
            SchemaCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0015");

        public static readonly DiagnosticDescriptor NotUtf8 = new DiagnosticDescriptor(
            DiagnosticIds.NotUtf8,
            "Schema file is not UTF-8",
            "{0} is not valid UTF-8 (it was read as {1}); save it as UTF-8",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0016");

        public static readonly DiagnosticDescriptor ClassNameClash = new DiagnosticDescriptor(
            DiagnosticIds.ClassNameClash,
            "Two schema files generate the same class differently",
            "The class '{0}' would be generated for both {1} and {2}; set a different Namespace or ClassName on one of the FieldGenSchema items",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0017");

        public static readonly DiagnosticDescriptor NameShortened = new DiagnosticDescriptor(
            DiagnosticIds.NameShortened,
            "Generated name shortened",
            "{0} '{1}' gives a C# name of {2} UTF-8 bytes, longer than FieldGen's limit of {3} (metadata holds 1023, CS7013); it is generated as '{4}' and its wire value is unchanged",
            SchemaCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0020");

        public static readonly DiagnosticDescriptor LoneSurrogate = new DiagnosticDescriptor(
            DiagnosticIds.LoneSurrogate,
            "Schema text holds a lone surrogate",
            "{0} holds a lone UTF-16 surrogate, which UTF-8 cannot encode, so no GetCustomData payload can carry it; {1}. Fix the text in the schema file.",
            SchemaCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0021");

        public static readonly DiagnosticDescriptor NamespaceIsClass = new DiagnosticDescriptor(
            DiagnosticIds.NamespaceIsClass,
            "Namespace is also a generated class",
            "The namespace '{0}' of {1} is also the class '{2}' generated from {3} (CS0101); '{4}' is not generated. Set a different Namespace or ClassName on one of the FieldGenSchema items.",
            SchemaCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg0022");

        public static readonly DiagnosticDescriptor JsonContextReachesGeneratedClass = new DiagnosticDescriptor(
            DiagnosticIds.JsonContextReachesGeneratedClass,
            "A JsonSerializerContext reaches a class FieldGen generates in the same project",
            "'{0}' serializes {1} ({2}), which FieldGen generates in this project; System.Text.Json's source generator cannot see another generator's classes, so this context fails with CS0246/CS8639/CS0453. Fix: set <FieldGenEmitSources>true</FieldGenEmitSources> in this project (the classes are then written before compile as ordinary source), or move the FieldGenSchema items into a class library this project references (the classes then come from an assembly), or leave {1} out of the context and serialize it through JsonSerializer without it.",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1009");

        private static readonly Dictionary<string, DiagnosticDescriptor> All = typeof(DiagnosticDescriptors)
            .GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToDictionary(d => d.Id);

        public static DiagnosticDescriptor ById(string id) => All[id];
    }
}
