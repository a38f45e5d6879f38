using System;

namespace FieldGen
{
    /// <summary>
    /// Marks a string parameter or property whose value is a custom-field key of <see cref="Target"/>,
    /// so FieldGen's analyzers check literal keys against the project's schema files (FG1001) and
    /// offer the generated key constant. Put it on your own wrappers over the official SDKs:
    /// <code>
    /// void SetUserField([CustomFieldKey(CustomFieldTarget.User)] string key, [CustomFieldValue] object value);
    /// </code>
    /// On an indexer it marks the indexer's string parameter. On a parameter or property of another
    /// type, such as <c>IDictionary&lt;string, object&gt;</c>, it marks the keys of the dictionary
    /// built by a collection initializer passed to it (and checks each value against its key).
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class CustomFieldKeyAttribute : Attribute
    {
        /// <summary>Marks a key of the custom fields of <paramref name="target"/>.</summary>
        /// <param name="target">The kind of object whose schema defines the key.</param>
        public CustomFieldKeyAttribute(CustomFieldTarget target)
        {
            Target = target;
        }

        /// <summary>The kind of object whose schema defines the key.</summary>
        public CustomFieldTarget Target { get; }
    }
}
