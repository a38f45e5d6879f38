using System.Collections.Generic;
using System.Linq;
using FieldGen.Model;

namespace FieldGen.Emit
{
    internal static partial class CustomDataClassEmitter
    {
        // Data only: each entry is one constructor call over literals, and the runtime's
        // CustomFieldInfo builds the label tables and does every lookup (issue 15; issue 12 keeps the file small).
        private static void WriteFieldsMetadata(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.Doc("summary", $"What the schema says about each {spec.TargetType} field (key, data type, labels by language, flags, options), as static data: no reflection.");
            w.Doc("remarks", "GetLabel(culture) tries the exact culture, then its parents, then the schema's label (or the key). All lists every entry.");
            w.OpenBlock("public static class Fields");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                WriteFieldInfo(w, spec, field);
            }

            w.Line();
            w.Doc("summary", "Every field, in key order (ordinal).");
            w.Line($"public static {KnownTypes.ReadOnlyListOf}<{KnownTypes.CustomFieldInfo}> All {{ get; }} = new {KnownTypes.CustomFieldInfo}[]");
            w.Line("{");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                w.Line($"    {field.MetadataName},");
            }

            w.Line("};");
            w.CloseBlock();
        }

        private static void WriteFieldInfo(SourceWriter w, CustomDataClassSpec spec, FieldMemberSpec field)
        {
            w.Doc("summary", $"\"{field.Key}\": {(string.IsNullOrWhiteSpace(field.Label) ? field.Key : field.Label!)}");
            WriteObsolete(w, spec, field, option: null);
            string arguments = string.Join(", ", new[]
            {
                Literals.String(field.Key),
                Literals.String(field.WireDataType),
                NullableString(field.Label),
                NullableString(field.Description),
                Flags(field),
                NullableString(field.RemovedAt),
            });
            if (field.DataType != FieldDataType.Enum)
            {
                w.Line($"public static readonly {KnownTypes.CustomFieldInfo} {field.MetadataName} = new {KnownTypes.CustomFieldInfo}(");
                w.Line($"    {arguments}{LabelPairs(field.Labels, leadingComma: true)});");
                return;
            }

            string enumType = EnumTypeOf(spec, field);
            string infoType = $"{KnownTypes.CustomFieldInfo}<{enumType}>";
            string optionType = $"{KnownTypes.CustomFieldOptionInfo}<{enumType}>";
            w.Line($"public static readonly {infoType} {field.MetadataName} = new {infoType}(");
            w.Line($"    {arguments},");
            w.Line($"    new string[] {{{LabelPairs(field.Labels, leadingComma: false)} }}{(field.EnumMembers.Count > 0 ? "," : ");")}");
            for (int i = 0; i < field.EnumMembers.Count; i++)
            {
                EnumMemberSpec member = field.EnumMembers[i];
                string end = i == field.EnumMembers.Count - 1 ? ");" : ",";
                w.Line($"    new {optionType}({enumType}.{member.Name}, {Literals.String(member.Value)}, {NullableString(member.Label)}, {NullableString(member.RemovedAt)}{LabelPairs(member.Labels, leadingComma: true)}){end}");
            }
        }

        /// <summary>
        /// A tombstone's members stay, marked obsolete, so a build that used them warns (CS0618) with
        /// the date instead of failing (CS0117); the file itself suppresses the warning for its own uses.
        /// </summary>
        private static void WriteObsolete(SourceWriter w, CustomDataClassSpec spec, FieldMemberSpec field, EnumMemberSpec? option)
        {
            string? removedAt = option?.RemovedAt ?? field.RemovedAt;
            if (removedAt is null)
            {
                return;
            }

            string what = option is { } removed
                ? $"{field.Key} option '{removed.Value}'"
                : $"{spec.TargetType} field '{field.Key}'";
            string message = $"Removed from the tenant on {removedAt} ({what}); values still read and write. The member disappears when the tombstone expires (FieldGenTombstoneDays) or after fieldgen prune.";
            w.Line($"[{KnownTypes.ObsoleteAttribute}({Literals.String(message)})]");
        }

        private static string Flags(FieldMemberSpec field)
        {
            var flags = new List<string>();
            AddFlag(flags, field.IsUnique, "Unique");
            AddFlag(flags, field.IsEncrypted, "Encrypted");
            AddFlag(flags, field.IsUserEditable, "UserEditable");
            AddFlag(flags, field.IsVisibleInUserCenter, "VisibleInUserCenter");
            AddFlag(flags, field.IsVisibleInAdminConsole, "VisibleInAdminConsole");
            return flags.Count == 0 ? KnownTypes.CustomFieldFlags + ".None" : string.Join(" | ", flags);
        }

        private static void AddFlag(List<string> flags, bool isSet, string name)
        {
            if (isSet)
            {
                flags.Add(KnownTypes.CustomFieldFlags + "." + name);
            }
        }

        private static string LabelPairs(EquatableArray<LocalizedLabel> labels, bool leadingComma) =>
            string.Concat(labels.Select((l, i) => (leadingComma || i > 0 ? ", " : " ") + Literals.String(l.Language) + ", " + Literals.String(l.Value)));

        private static string NullableString(string? value) => value is null ? "null" : Literals.String(value);
    }
}
