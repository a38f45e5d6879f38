using Microsoft.CodeAnalysis;

namespace FieldGen.Analyzers.Symbols
{
    /// <summary>What the FieldGen attributes say about one property set by assignment or object initializer.</summary>
    internal sealed class PropertyAnnotation
    {
        public PropertyAnnotation(string? keyTarget, IPropertySymbol? valueKeyProperty, string? valueKeyTarget)
        {
            KeyTarget = keyTarget;
            ValueKeyProperty = valueKeyProperty;
            ValueKeyTarget = valueKeyTarget;
        }

        /// <summary>The target type of a key property, else null.</summary>
        public string? KeyTarget { get; }

        /// <summary>For a value property: the key property beside it, else null.</summary>
        public IPropertySymbol? ValueKeyProperty { get; }

        /// <summary>For a value property: the target type of its key property.</summary>
        public string? ValueKeyTarget { get; }
    }
}
