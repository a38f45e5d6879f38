using System.Collections.Generic;

namespace FieldGen.Analyzers.Schema
{
    /// <summary>A class the generator makes (by metadata name, e.g. <c>App.UserCustomData</c>) and its keys.</summary>
    internal sealed class GeneratedClass
    {
        public GeneratedClass(string metadataName, IReadOnlyList<KnownField> fields, KeySpace keys)
        {
            MetadataName = metadataName;
            Fields = fields;
            Keys = keys;
        }

        public string MetadataName { get; }

        public IReadOnlyList<KnownField> Fields { get; }

        public KeySpace Keys { get; }
    }
}
