using System;

namespace FieldGen
{
    /// <summary>
    /// Marks a parameter or property that holds the value of a custom field whose key sits beside it
    /// (a parameter or property marked <see cref="CustomFieldKeyAttribute"/>), so FieldGen's analyzers
    /// check a literal value against the key's data type and options (FG1002, FG1003).
    /// </summary>
    /// <remarks>
    /// Without <see cref="KeyMemberName"/> the key is the only <see cref="CustomFieldKeyAttribute"/>
    /// parameter of the same method, constructor or indexer (for a parameter), or the only
    /// <see cref="CustomFieldKeyAttribute"/> property of the same type (for a property set in an object
    /// initializer). On an indexer it marks the value assigned through the indexer.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class CustomFieldValueAttribute : Attribute
    {
        /// <summary>Marks a value whose key is the only key parameter or property beside it.</summary>
        public CustomFieldValueAttribute()
        {
        }

        /// <summary>Marks a value whose key is the parameter or property named <paramref name="keyMemberName"/>.</summary>
        /// <param name="keyMemberName">The name of the key parameter (for a parameter) or key property (for a property); use <c>nameof</c>.</param>
        public CustomFieldValueAttribute(string keyMemberName)
        {
            KeyMemberName = keyMemberName;
        }

        /// <summary>The name of the parameter or property that holds the key, or null for the only one marked.</summary>
        public string? KeyMemberName { get; }
    }
}
