namespace FieldGen
{
    /// <summary>How values are written into a setCustomData <c>list</c>.</summary>
    public sealed class CustomDataWriteOptions
    {
        /// <summary>Native JSON per data type, as the GenAuth docs show (<c>"value": 18</c>).</summary>
        public static CustomDataWriteOptions Default { get; } = new CustomDataWriteOptions(valuesAsStrings: false);

        /// <summary>Every value as a JSON string, as the generated official SDKs send it (<c>"value": "18"</c>).</summary>
        public static CustomDataWriteOptions Strings { get; } = new CustomDataWriteOptions(valuesAsStrings: true);

        private CustomDataWriteOptions(bool valuesAsStrings)
        {
            ValuesAsStrings = valuesAsStrings;
        }

        /// <summary>True to send NUMBER, BOOLEAN and OBJECT values as strings too.</summary>
        public bool ValuesAsStrings { get; }
    }
}
