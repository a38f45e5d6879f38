namespace FieldGen.Diagnostics
{
    /// <summary>
    /// The FG diagnostic IDs, free of Roslyn types so the schema parser can name them. Each assembly that
    /// reports carries its own descriptors (<c>DiagnosticDescriptors</c>): the generator FG0xxx and FG1009,
    /// the analyzers FG1001-FG1008.
    /// </summary>
    internal static class DiagnosticIds
    {
        /// <summary>The category of schema and generation diagnostics (FG0xxx).</summary>
        public const string SchemaCategory = "FieldGen.Schema";

        /// <summary>The category of diagnostics about user code (FG1xxx).</summary>
        public const string UsageCategory = "FieldGen.Usage";

        /// <summary>Where every ID has its section, after the repository's address; the anchor is the lower-case ID.</summary>
        public const string HelpPage = "/blob/main/docs/diagnostics.md#";

        public const string InvalidJson = "FG0001";
        public const string UnrecognizedSchemaForm = "FG0002";
        public const string InvalidField = "FG0003";
        public const string UnknownTargetType = "FG0004";
        public const string UntypedDataType = "FG0005";
        public const string NameClash = "FG0006";
        public const string ConflictingDefinitions = "FG0007";
        public const string DuplicateOption = "FG0008";
        public const string EnumWithoutOptions = "FG0009";
        public const string InvalidOptions = "FG0010";
        public const string LanguageVersionTooLow = "FG0011";
        public const string RuntimeNotReferenced = "FG0012";
        public const string InvalidFileOption = "FG0013";
        public const string FailureResponse = "FG0014";
        public const string EmptySchema = "FG0015";
        public const string NotUtf8 = "FG0016";
        public const string ClassNameClash = "FG0017";
        public const string UnknownDataType = "FG0018";
        public const string NameShortened = "FG0020";
        public const string LoneSurrogate = "FG0021";
        public const string NamespaceIsClass = "FG0022";
        public const string UnknownKey = "FG1001";
        public const string UnknownOption = "FG1002";
        public const string ValueNotOfDataType = "FG1003";
        public const string SchemaKeyInUnknownFields = "FG1004";
        public const string MisspelledUnknownFieldsKey = "FG1005";
        public const string ListedOptionAsUnlisted = "FG1006";
        public const string UseKeyConstant = "FG1007";
        public const string InvalidMemberMapping = "FG1008";
        public const string JsonContextReachesGeneratedClass = "FG1009";
    }
}
