using System;
using System.Collections.Generic;
using FieldGen.Parsing;
using FieldGen.Wire;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FieldGen.Analyzers.Mapping
{
    /// <summary>
    /// The third-party properties checked like <c>[CustomFieldKey]</c> / <c>[CustomFieldValue]</c> ones: the
    /// official GenAuth (Authing) C# SDK's <c>SetCustomDataDto</c>, known by metadata name, and any others a
    /// project names in a .globalconfig:
    /// <code>
    /// fieldgen.custom_field_key_members = Vendor.Api.Attribute.Name:USER, Vendor.Api.RoleTag.Code:*
    /// fieldgen.custom_field_value_members = Vendor.Api.Attribute.Data:Name
    /// </code>
    /// A key entry is <c>Namespace.Type.Property:TARGET</c> (USER, ROLE, GROUP, DEPARTMENT, or * for any);
    /// a value entry is <c>Namespace.Type.Property:KeyProperty</c>, the key property beside it. Entries are
    /// separated by commas: the compiler cuts a config value at <c>;</c> or <c>#</c>, its comment characters.
    /// </summary>
    internal sealed class MemberMap
    {
        public const string KeyMembersOption = "fieldgen.custom_field_key_members";
        public const string ValueMembersOption = "fieldgen.custom_field_value_members";

        // Authing.CSharp.SDK 5.x, Models/SetCustomDataDto.cs and SetCustomDataReqDto.cs: the DTO's Key and
        // Value (a string), inside a request whose TargetType is the nested enum SetCustomDataReqDto.targetType.
        private const string SdkItem = "Authing.CSharp.SDK.Models.SetCustomDataDto";
        private const string SdkTargetMember = "TargetType";

        private readonly Dictionary<string, MappedMember> _byName;

        private MemberMap(Dictionary<string, MappedMember> byName, IReadOnlyList<string> problems)
        {
            _byName = byName;
            Problems = problems;
        }

        /// <summary>One line per configuration entry that could not be read, to report as FG1008.</summary>
        public IReadOnlyList<string> Problems { get; }

        public static MemberMap Read(AnalyzerConfigOptions globalOptions)
        {
            var byName = new Dictionary<string, MappedMember>(StringComparer.Ordinal)
            {
                [SdkItem + ".Key"] = new MappedMember(KeyTargets.FromEnclosingMember(SdkTargetMember), null),
                [SdkItem + ".Value"] = new MappedMember(null, "Key"),
            };
            var problems = new List<string>();
            if (globalOptions.TryGetValue(KeyMembersOption, out string? keys))
            {
                foreach ((string member, string target) in Entries(keys, KeyMembersOption, problems))
                {
                    string upper = target.ToUpperInvariant();
                    if (upper != KeyTargets.Any && !TargetTypes.IsKnown(upper))
                    {
                        problems.Add($"{KeyMembersOption}: '{member}:{target}' names no target type; use USER, ROLE, GROUP, DEPARTMENT or *");
                        continue;
                    }

                    byName[member] = new MappedMember(upper, null);
                }
            }

            if (globalOptions.TryGetValue(ValueMembersOption, out string? values))
            {
                foreach ((string member, string keyMember) in Entries(values, ValueMembersOption, problems))
                {
                    byName[member] = new MappedMember(null, keyMember);
                }
            }

            return new MemberMap(byName, problems);
        }

        /// <summary>The mapping of a property by its type's metadata name (<c>Vendor.Api.Attribute</c>) and its name.</summary>
        public MappedMember? Find(string typeMetadataName, string memberName) =>
            _byName.TryGetValue(typeMetadataName + "." + memberName, out MappedMember? mapped) ? mapped : null;

        private static IEnumerable<(string Member, string Argument)> Entries(string text, string option, List<string> problems)
        {
            foreach (string raw in text.Split(','))
            {
                string entry = raw.Trim();
                if (entry.Length == 0)
                {
                    continue;
                }

                int colon = entry.LastIndexOf(':');
                string member = colon > 0 ? entry.Substring(0, colon).Trim() : string.Empty;
                string argument = colon > 0 ? entry.Substring(colon + 1).Trim() : string.Empty;
                if (member.IndexOf('.') <= 0 || member.EndsWith(".", StringComparison.Ordinal) || argument.Length == 0)
                {
                    problems.Add($"{option}: '{entry}' is not Namespace.Type.Property:{(option == KeyMembersOption ? "TARGET" : "KeyProperty")}");
                    continue;
                }

                yield return (member, argument);
            }
        }
    }
}
