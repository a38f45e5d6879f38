using Microsoft.CodeAnalysis;

namespace FieldGen.Diagnostics
{
    /// <summary>
    /// The analyzers' diagnostics, FG1001-FG1008 (how user code passes keys and values). The generator
    /// carries its own (FG0xxx, FG1009) in FieldGen.Generator; the IDs of both are in <see cref="DiagnosticIds"/>.
    /// Each has a section in docs/diagnostics.md (the help link) and a line in this project's AnalyzerReleases.*.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string UsageCategory = DiagnosticIds.UsageCategory;
        private const string HelpBase = FieldGenRepository.Url + DiagnosticIds.HelpPage;

        public static readonly DiagnosticDescriptor UnknownKey = new DiagnosticDescriptor(
            DiagnosticIds.UnknownKey,
            "Unknown custom-field key",
            "Unknown {0} key '{1}'; {2}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1001");

        public static readonly DiagnosticDescriptor UnknownOption = new DiagnosticDescriptor(
            DiagnosticIds.UnknownOption,
            "Value is not an option of the ENUM field",
            "'{0}' is not an option of {1} field '{2}' ({3}){4}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1002");

        public static readonly DiagnosticDescriptor ValueNotOfDataType = new DiagnosticDescriptor(
            DiagnosticIds.ValueNotOfDataType,
            "Value cannot match the field's data type",
            "{0} is not a {1} value, but {2} field '{3}' is {1}; {4}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1003");

        public static readonly DiagnosticDescriptor SchemaKeyInUnknownFields = new DiagnosticDescriptor(
            DiagnosticIds.SchemaKeyInUnknownFields,
            "Schema key used through UnknownFields",
            "'{0}' is a {1} key of the schema, so UnknownFields never holds it; use the typed property {2}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1004");

        public static readonly DiagnosticDescriptor MisspelledUnknownFieldsKey = new DiagnosticDescriptor(
            DiagnosticIds.MisspelledUnknownFieldsKey,
            "UnknownFields key looks like a misspelled schema key",
            "UnknownFields key '{0}' is not a {1} key of the schema; did you mean {2}?",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1005");

        public static readonly DiagnosticDescriptor ListedOptionAsUnlisted = new DiagnosticDescriptor(
            DiagnosticIds.ListedOptionAsUnlisted,
            "Listed option created as an unlisted value",
            "'{0}' is an option of {1} field '{2}', but Unlisted makes a value that never equals it; use {3}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1006");

        public static readonly DiagnosticDescriptor UseKeyConstant = new DiagnosticDescriptor(
            DiagnosticIds.UseKeyConstant,
            "Use the generated key constant",
            "The {0} key '{1}' has the generated constant {2}",
            UsageCategory,
            DiagnosticSeverity.Hidden,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1007");

        public static readonly DiagnosticDescriptor InvalidMemberMapping = new DiagnosticDescriptor(
            DiagnosticIds.InvalidMemberMapping,
            "Custom-field member mapping cannot be read",
            "{0}; the entry is ignored",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + "fg1008",
            customTags: WellKnownDiagnosticTags.CompilationEnd);
    }
}
