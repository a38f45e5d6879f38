namespace FieldGen.Emit
{
    /// <summary>Fully qualified names the generated code uses, written once.</summary>
    internal static class KnownTypes
    {
        public const string ICustomData = "global::FieldGen.ICustomData";
        public const string CustomFieldTarget = "global::FieldGen.CustomFieldTarget";
        public const string UnknownCustomFields = "global::FieldGen.UnknownCustomFields";
        public const string OptionValue = "global::FieldGen.OptionValue";
        public const string ChangeTracker = "global::FieldGen.Serialization.ChangeTracker";
        public const string KeyTable = "global::FieldGen.Serialization.CustomDataKeyTable";
        public const string ValueReader = "global::FieldGen.Serialization.CustomDataValueReader";
        public const string ValueWriter = "global::FieldGen.Serialization.CustomDataValueWriter";
        public const string WriteOptions = "global::FieldGen.Serialization.CustomDataWriteOptions";
        public const string Serializer = "global::FieldGen.Serialization.CustomDataSerializer";
        public const string JsonConverterOf = "global::FieldGen.Serialization.CustomDataJsonConverter";
        public const string SetCustomDataRequest = "global::FieldGen.Requests.SetCustomDataRequest";
        public const string JsonConverterAttribute = "global::System.Text.Json.Serialization.JsonConverter";
        public const string JsonEncodedText = "global::System.Text.Json.JsonEncodedText";
        public const string JsonElement = "global::System.Text.Json.JsonElement";
        public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
        public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
        public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
        public const string ReadOnlySpanOfByte = "global::System.ReadOnlySpan<byte>";
        public const string Encoding = "global::System.Text.Encoding";
        public const string DateTimeOffset = "global::System.DateTimeOffset";
        public const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
        public const string CustomFieldInfo = "global::FieldGen.Metadata.CustomFieldInfo";
        public const string CustomFieldOptionInfo = "global::FieldGen.Metadata.CustomFieldOptionInfo";
        public const string CustomFieldFlags = "global::FieldGen.Metadata.CustomFieldFlags";
        public const string ReadOnlyListOf = "global::System.Collections.Generic.IReadOnlyList";
        public const string ObsoleteAttribute = "global::System.Obsolete";
        public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCode";
    }
}
