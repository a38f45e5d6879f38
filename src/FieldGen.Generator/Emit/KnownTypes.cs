namespace FieldGen.Emit
{
    /// <summary>Fully qualified names the generated code uses, written once (property types come from the data-type table, Wire/DataTypes.cs).</summary>
    internal static class KnownTypes
    {
        public const string CustomData = "global::FieldGen.CustomData";
        public const string CustomFieldTarget = "global::FieldGen.CustomFieldTarget";
        public const string CustomFieldInfo = "global::FieldGen.CustomFieldInfo";
        public const string CustomFieldOptionInfo = "global::FieldGen.CustomFieldOptionInfo";
        public const string CustomFieldFlags = "global::FieldGen.CustomFieldFlags";
        public const string Contract = "global::FieldGen.GeneratedCodeSupport.CustomDataContract";
        public const string FieldWriter = "global::FieldGen.GeneratedCodeSupport.CustomDataFieldWriter";
        public const string JsonConverterOf = "global::FieldGen.GeneratedCodeSupport.CustomDataJsonConverter";
        public const string JsonConverterAttribute = "global::System.Text.Json.Serialization.JsonConverter";
        public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
        public const string ReadOnlyListOf = "global::System.Collections.Generic.IReadOnlyList";
        public const string ObsoleteAttribute = "global::System.Obsolete";
        public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCode";
    }
}
