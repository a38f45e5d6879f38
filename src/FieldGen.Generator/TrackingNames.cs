namespace FieldGen
{
    /// <summary>Names of the incremental pipeline steps, so tests can require each to be cached.</summary>
    internal static class TrackingNames
    {
        public const string SchemaInputs = "FieldGen.SchemaInputs";
        public const string SchemaFiles = "FieldGen.SchemaFiles";
        public const string GlobalSettings = "FieldGen.GlobalSettings";
        public const string MergedSchema = "FieldGen.MergedSchema";
        public const string Classes = "FieldGen.Classes";
        public const string JsonContexts = "FieldGen.JsonContexts";
    }
}
