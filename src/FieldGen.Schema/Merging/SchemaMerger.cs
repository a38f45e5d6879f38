using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Diagnostics;
using FieldGen.Model;
using FieldGen.Naming;

namespace FieldGen.Merging
{
    /// <summary>The classes to generate from all schema files of a project, and what went wrong on the way.</summary>
    internal readonly record struct MergedSchema(EquatableArray<CustomDataClassSpec> Classes, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Merges the fields of every schema file by target type (files may split by type, or repeat a
    /// field), then names every generated member: one class per (namespace, class name), e.g.
    /// <c>UserCustomData</c> with the enum <c>UserCustomData.School</c> for the USER field <c>school</c>.
    /// </summary>
    internal static class SchemaMerger
    {
        /// <summary>Members every generated class has (its own and its base class FieldGen.CustomData's, hidden ones too); a key that maps onto one is renamed.</summary>
        internal static readonly string[] GeneratedMemberNames =
        {
            "Keys", "Fields", "TargetType", "UnknownFields", "HasChanges", "AcceptChanges", "FromJson", "FromUtf8Json",
            "ToJson", "ToSetCustomDataRequest", "FieldIndex", "ReadField", "WriteFields", "SetField", "Read",
        };

        private static readonly string[] ObjectMemberNames =
        {
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };

        public static MergedSchema Merge(IEnumerable<SchemaFileSpec> files, string defaultNamespace)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var groups = new Dictionary<(string Namespace, string ClassName), ClassGroup>();
            foreach (SchemaFileSpec file in files.OrderBy(f => f.FilePath, StringComparer.Ordinal))
            {
                string ns = file.Options.Namespace ?? defaultNamespace;
                foreach (CustomFieldSpec field in file.Fields)
                {
                    string className = GeneratedClassName.For(file.Options.ClassName, field.TargetType);
                    if (!groups.TryGetValue((ns, className), out ClassGroup? group))
                    {
                        group = new ClassGroup(ns, className, field.TargetType, file.FilePath);
                        groups.Add((ns, className), group);
                    }
                    else if (group.TargetType != field.TargetType)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.ClassNameClash, field.Location, GeneratedClassName.FullName(ns, className), group.FirstFile, field.Location.Display));
                        continue;
                    }

                    group.Add(field, diagnostics);
                }
            }

            List<ClassGroup> generated = WithoutNamespaceClashes(groups.Values, diagnostics)
                .OrderBy(g => g.Namespace, StringComparer.Ordinal)
                .ThenBy(g => g.ClassName, StringComparer.Ordinal)
                .ToList();
            string[] hintNames = HintNames.For(generated.Select(g => GeneratedClassName.FullName(g.Namespace, g.ClassName)).ToArray());
            CustomDataClassSpec[] classes = generated.Select((g, i) => BuildClass(g, hintNames[i], diagnostics)).ToArray();
            return new MergedSchema(new EquatableArray<CustomDataClassSpec>(classes), diagnostics.ToEquatableArray());
        }

        // A namespace that is also a generated class ('App.UserCustomData' next to the class
        // App.UserCustomData) is CS0101: the class keeps its name, the classes in that namespace are left out.
        private static IEnumerable<ClassGroup> WithoutNamespaceClashes(IEnumerable<ClassGroup> groups, List<DiagnosticInfo> diagnostics)
        {
            List<ClassGroup> all = groups.ToList();
            var classesByName = new Dictionary<string, ClassGroup>(StringComparer.Ordinal);
            foreach (ClassGroup group in all)
            {
                classesByName[GeneratedClassName.FullName(group.Namespace, group.ClassName)] = group;
            }

            foreach (ClassGroup group in all)
            {
                ClassGroup? holder = null;
                foreach (string ns in NamespaceAndParents(group.Namespace))
                {
                    if (classesByName.TryGetValue(ns, out holder))
                    {
                        break;
                    }
                }

                if (holder is null)
                {
                    yield return group;
                    continue;
                }

                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticIds.NamespaceIsClass,
                    null,
                    group.Namespace,
                    System.IO.Path.GetFileName(group.FirstFile),
                    GeneratedClassName.FullName(holder.Namespace, holder.ClassName),
                    System.IO.Path.GetFileName(holder.FirstFile),
                    group.ClassName));
            }
        }

        /// <summary>"A", "A.B", "A.B.C" for "A.B.C": every namespace the declaration of "A.B.C" declares.</summary>
        private static IEnumerable<string> NamespaceAndParents(string ns)
        {
            if (ns.Length == 0)
            {
                yield break;
            }

            for (int dot = ns.IndexOf('.'); dot >= 0; dot = ns.IndexOf('.', dot + 1))
            {
                yield return ns.Substring(0, dot);
            }

            yield return ns;
        }

        private static CustomDataClassSpec BuildClass(ClassGroup group, string hintName, List<DiagnosticInfo> diagnostics)
        {
            var members = new NameAllocator();
            members.Reserve(group.ClassName, "is the name of the class");
            foreach (string name in GeneratedMemberNames.Concat(ObjectMemberNames))
            {
                members.Reserve(name, "is a member FieldGen generates");
            }

            var keyConstants = new NameAllocator();
            keyConstants.Reserve("Keys", "is the name of the Keys class");
            foreach (string name in ObjectMemberNames)
            {
                keyConstants.Reserve(name, "is a member every class has");
            }

            // The Fields class holds one entry per field and All; a key spelled "all" gets All_2 there only.
            var metadataNames = new NameAllocator();
            metadataNames.Reserve("Fields", "is the name of the Fields class");
            metadataNames.Reserve("All", "lists every field");
            foreach (string name in ObjectMemberNames)
            {
                metadataNames.Reserve(name, "is a member every class has");
            }

            // Ordinal key order makes every name independent of file order; enum types go first so
            // the design's spelling (UserCustomData.School for 'school') wins a clash.
            List<CustomFieldSpec> fields = group.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
            string subject = group.TargetType + " key";
            var pascalNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (CustomFieldSpec field in fields)
            {
                pascalNames[field.Key] = NameFor(field.Key, subject, field.Location, diagnostics);
            }

            var enumTypeNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (CustomFieldSpec field in fields.Where(f => f.DataType == FieldDataType.Enum))
            {
                enumTypeNames[field.Key] = AllocateReported(members, pascalNames[field.Key], field, subject, diagnostics);
            }

            // Plain properties before the derived "<Enum>Value" ones: a key spelled "schoolValue" keeps its own name.
            var propertyNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (CustomFieldSpec field in fields.OrderBy(f => enumTypeNames.ContainsKey(f.Key) ? 1 : 0))
            {
                string wanted = enumTypeNames.TryGetValue(field.Key, out string? enumName) ? enumName.TrimStart('@') + "Value" : pascalNames[field.Key];
                propertyNames[field.Key] = AllocateReported(members, wanted, field, subject, diagnostics);
            }

            var specs = new FieldMemberSpec[fields.Count];
            for (int i = 0; i < fields.Count; i++)
            {
                CustomFieldSpec field = fields[i];
                string pascal = pascalNames[field.Key];
                enumTypeNames.TryGetValue(field.Key, out string? enumTypeName);
                string property = propertyNames[field.Key];
                string keyConstant = keyConstants.Allocate(enumTypeName ?? pascal, field.Key, out _);
                string metadataName = metadataNames.Allocate(enumTypeName ?? pascal, field.Key, out _);
                specs[i] = new FieldMemberSpec(
                    i,
                    field.Key,
                    field.DataType,
                    field.WireDataType,
                    property,
                    keyConstant,
                    metadataName,
                    enumTypeName,
                    enumTypeName is null ? EquatableArray<EnumMemberSpec>.Empty : BuildEnumMembers(field, diagnostics),
                    field.Label,
                    field.Description,
                    field.Labels,
                    field.IsUnique,
                    field.IsEncrypted,
                    field.IsUserEditable,
                    field.IsVisibleInUserCenter,
                    field.IsVisibleInAdminConsole,
                    field.RemovedAt,
                    System.IO.Path.GetFileName(field.Location.FilePath));
            }

            return new CustomDataClassSpec(group.Namespace, group.ClassName, group.TargetType, hintName, new EquatableArray<FieldMemberSpec>(specs));
        }

        private static EquatableArray<EnumMemberSpec> BuildEnumMembers(CustomFieldSpec field, List<DiagnosticInfo> diagnostics)
        {
            var names = new NameAllocator();
            var members = new List<EnumMemberSpec>();
            foreach (CustomFieldOptionSpec option in field.Options)
            {
                string wanted = NameFor(option.Value, "Option of '" + TenantText.Excerpt(field.Key) + "'", option.Location, diagnostics);
                string name = names.Allocate(wanted, "option '" + option.Value + "'", out string? heldBy);
                if (heldBy is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NameClash, option.Location, "Option of '" + field.Key + "'", option.Value, wanted, "is taken by " + heldBy, name));
                }

                members.Add(new EnumMemberSpec(name, option.Value, option.Label, option.Labels, option.RemovedAt));
            }

            return members.ToEquatableArray();
        }

        /// <summary>The PascalCase name of <paramref name="wireText"/>, shortened (and reported) when metadata could not hold it.</summary>
        private static string NameFor(string wireText, string subject, SchemaLocation location, List<DiagnosticInfo> diagnostics)
        {
            string pascal = CSharpIdentifiers.ToPascalCase(wireText);
            string name = CSharpIdentifiers.Shorten(pascal, wireText, out bool shortened);
            if (shortened)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticIds.NameShortened,
                    location,
                    subject,
                    TenantText.Excerpt(wireText),
                    System.Text.Encoding.UTF8.GetByteCount(pascal).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    CSharpIdentifiers.MaxNameUtf8Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    TenantText.Excerpt(name)));
            }

            return name;
        }

        private static string AllocateReported(NameAllocator allocator, string wanted, CustomFieldSpec field, string subject, List<DiagnosticInfo> diagnostics)
        {
            string name = allocator.Allocate(wanted, "key '" + field.Key + "'", out string? heldBy);
            if (heldBy is not null)
            {
                string holder = heldBy.StartsWith("key ", StringComparison.Ordinal) ? "is taken by " + heldBy : heldBy;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NameClash, field.Location, subject, field.Key, wanted, holder, name));
            }

            return name;
        }

        /// <summary>The fields that go into one class, deduplicated by key.</summary>
        private sealed class ClassGroup
        {
            private readonly Dictionary<string, CustomFieldSpec> _byKey = new Dictionary<string, CustomFieldSpec>(StringComparer.Ordinal);

            public ClassGroup(string ns, string className, string targetType, string firstFile)
            {
                Namespace = ns;
                ClassName = className;
                TargetType = targetType;
                FirstFile = firstFile;
            }

            public string Namespace { get; }

            public string ClassName { get; }

            public string TargetType { get; }

            public string FirstFile { get; }

            public IEnumerable<CustomFieldSpec> Fields => _byKey.Values;

            public void Add(CustomFieldSpec field, List<DiagnosticInfo> diagnostics)
            {
                if (!_byKey.TryGetValue(field.Key, out CustomFieldSpec existing))
                {
                    _byKey.Add(field.Key, field);
                    return;
                }

                // The same field exported twice (two files, or a V2 and a V3 export) is fine.
                if (!SameDefinition(existing, field))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.ConflictingDefinitions, field.Location, field.TargetType, field.Key, existing.Location.Display, field.Location.Display));
                }
            }

            private static bool SameDefinition(CustomFieldSpec a, CustomFieldSpec b) =>
                a.DataType == b.DataType
                && a.Options.Select(o => o.Value).SequenceEqual(b.Options.Select(o => o.Value));
        }
    }
}
