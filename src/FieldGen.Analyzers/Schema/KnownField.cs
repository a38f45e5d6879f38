using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Model;
using FieldGen.Naming;

namespace FieldGen.Analyzers.Schema
{
    /// <summary>
    /// A field of the schema as user code reaches it: its key, data type and options, and the C# names
    /// the generator gave it in its class (for messages and for the code that fixes replace keys with).
    /// </summary>
    internal sealed class KnownField
    {
        private readonly CustomDataClassSpec _owner;
        private readonly FieldMemberSpec _spec;

        public KnownField(CustomDataClassSpec owner, FieldMemberSpec spec)
        {
            _owner = owner;
            _spec = spec;
            OptionValues = spec.EnumMembers.Select(m => m.Value).ToArray();
        }

        public string TargetType => _owner.TargetType;

        /// <summary>The generated class's metadata name, e.g. <c>App.UserCustomData</c>.</summary>
        public string ClassMetadataName => GeneratedClassName.FullName(_owner.Namespace, _owner.ClassName);

        public string Key => _spec.Key;

        public FieldDataType DataType => _spec.DataType;

        public string WireDataType => _spec.DataType == FieldDataType.Enum ? "ENUM" : _spec.WireDataType;

        public string PropertyName => _spec.PropertyName;

        public string? EnumTypeName => _spec.EnumTypeName;

        /// <summary>The option values in schema order; empty for a field that is not ENUM.</summary>
        public IReadOnlyList<string> OptionValues { get; }

        /// <summary>The class as a message names it: <c>UserCustomData</c>.</summary>
        public string ClassName => _owner.ClassName;

        /// <summary>The generated key constant within its class: <c>Keys.School</c>.</summary>
        public string KeyConstantPath => "Keys." + _spec.KeyConstantName;

        /// <summary>The generated key constant as a message names it: <c>UserCustomData.Keys.School</c>.</summary>
        public string KeyConstantDisplay => ClassName + "." + KeyConstantPath;

        /// <summary>The typed property as a message names it: <c>UserCustomData.SchoolValue</c>.</summary>
        public string PropertyDisplay => ClassName + "." + _spec.PropertyName;

        public bool HasOption(string value) => OptionValues.Contains(value, StringComparer.Ordinal);

        /// <summary>The enum member of a listed option within its class: <c>School.Pku</c> (a message names it <c>UserCustomData.School.Pku</c>).</summary>
        public bool TryGetOptionMember(string value, out string path)
        {
            foreach (EnumMemberSpec member in _spec.EnumMembers)
            {
                if (string.Equals(member.Value, value, StringComparison.Ordinal))
                {
                    path = _spec.EnumTypeName + "." + member.Name;
                    return true;
                }
            }

            path = string.Empty;
            return false;
        }
    }
}
