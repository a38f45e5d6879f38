using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Merging;
using FieldGen.Model;

namespace FieldGen.Management.Changes
{
    /// <summary>
    /// The C# members the generator makes for one field, with names from <see cref="SchemaMerger"/>
    /// itself, so the report names exactly what user code can reference: the property
    /// (<c>UserCustomData.SchoolValue</c>), the key constant (<c>UserCustomData.Keys.School</c>),
    /// and for ENUM the nested type (<c>UserCustomData.School</c>) and its members (<c>UserCustomData.School.Pku</c>).
    /// </summary>
    internal sealed class GeneratedMembers
    {
        private GeneratedMembers(string property, string keyConstant, string? enumType, IReadOnlyDictionary<string, string> optionMembers)
        {
            Property = property;
            KeyConstant = keyConstant;
            EnumType = enumType;
            OptionMembers = optionMembers;
        }

        public string Property { get; }

        public string KeyConstant { get; }

        public string? EnumType { get; }

        /// <summary>Option value to enum member name.</summary>
        public IReadOnlyDictionary<string, string> OptionMembers { get; }

        public IEnumerable<string> All
        {
            get
            {
                if (EnumType is not null)
                {
                    yield return EnumType;
                }

                yield return Property;
                yield return KeyConstant;
                foreach (string member in OptionMembers.Values)
                {
                    yield return member;
                }
            }
        }

        /// <summary>The members of every field, by (target type, key), for one schema file parsed with its item's options.</summary>
        public static Dictionary<(string TargetType, string Key), GeneratedMembers> Of(SchemaFileSpec file)
        {
            // No namespace: the report names members relative to the class, as users read them.
            MergedSchema merged = SchemaMerger.Merge(new[] { file }, defaultNamespace: string.Empty);
            var result = new Dictionary<(string, string), GeneratedMembers>();
            foreach (CustomDataClassSpec type in merged.Classes)
            {
                foreach (FieldMemberSpec field in type.Fields)
                {
                    string? enumType = field.EnumTypeName is null ? null : type.ClassName + "." + field.EnumTypeName;
                    var options = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (EnumMemberSpec member in field.EnumMembers)
                    {
                        options[member.Value] = enumType + "." + member.Name;
                    }

                    result[(type.TargetType, field.Key)] = new GeneratedMembers(
                        type.ClassName + "." + field.PropertyName,
                        type.ClassName + ".Keys." + field.KeyConstantName,
                        enumType,
                        options);
                }
            }

            return result;
        }

        /// <summary>Pairs of (old name, new name) for the roles both versions have, where the name differs.</summary>
        public IEnumerable<(string Old, string New)> RenamesTo(GeneratedMembers next)
        {
            if (Property != next.Property)
            {
                yield return (Property, next.Property);
            }

            if (KeyConstant != next.KeyConstant)
            {
                yield return (KeyConstant, next.KeyConstant);
            }

            if (EnumType is not null && next.EnumType is not null && EnumType != next.EnumType)
            {
                yield return (EnumType, next.EnumType);
            }

            foreach (KeyValuePair<string, string> option in OptionMembers.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                if (next.OptionMembers.TryGetValue(option.Key, out string? renamed) && renamed != option.Value && EnumType == next.EnumType)
                {
                    yield return (option.Value, renamed);
                }
            }
        }
    }
}
