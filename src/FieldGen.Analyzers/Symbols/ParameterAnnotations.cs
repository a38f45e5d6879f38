namespace FieldGen.Analyzers.Symbols
{
    /// <summary>
    /// What the FieldGen attributes say about the parameters of one method, constructor or indexer:
    /// which hold a key of which target type, and which hold the value of which key parameter.
    /// </summary>
    internal sealed class ParameterAnnotations
    {
        public ParameterAnnotations(string?[] keyTargets, int[] valueKeyOrdinals, int setterValueKeyOrdinal)
        {
            KeyTargets = keyTargets;
            ValueKeyOrdinals = valueKeyOrdinals;
            SetterValueKeyOrdinal = setterValueKeyOrdinal;
        }

        /// <summary>Per parameter ordinal: the target type (USER...) of a key parameter, else null.</summary>
        public string?[] KeyTargets { get; }

        /// <summary>Per parameter ordinal: the ordinal of the key a value parameter belongs to, else -1.</summary>
        public int[] ValueKeyOrdinals { get; }

        /// <summary>For an indexer marked as a value: the ordinal of the key parameter its assigned value belongs to, else -1.</summary>
        public int SetterValueKeyOrdinal { get; }
    }
}
