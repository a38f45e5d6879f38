using FieldGen.Model;

namespace FieldGen.Emit
{
    internal static partial class CustomDataClassEmitter
    {
        // The two hooks the runtime serializer calls. The runtime finds a key's index (a hash table over
        // the UTF-8 keys, CustomDataContract) and calls ReadField once per known key: one virtual call,
        // then a switch that assigns straight into the backing field. WriteFields lists every field once;
        // the runtime's CustomDataFieldWriter decides what to write (data object members or changed items).
        private static void WriteSerializerHooks(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.Line("// Field i is Fields.All[i], the index the runtime finds for its key.");
            w.OpenBlock("private static class FieldIndex");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                w.Line($"public const int {field.PropertyName} = {field.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)};");
            }

            w.CloseBlock();
            WriteReadField(w, spec);
            WriteWriteFields(w, spec);
        }

        private static void WriteReadField(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.Line("/// <inheritdoc />");
            w.OpenBlock($"protected override void ReadField(int field, ref {KnownTypes.Utf8JsonReader} reader)");
            if (spec.Fields.Count > 0)
            {
                w.OpenBlock("switch (field)");
                foreach (FieldMemberSpec field in spec.Fields)
                {
                    string read = field.DataType == FieldDataType.Enum
                        ? $"Read(ref reader, ref {BackingField(field)}, Fields.{field.MetadataName});"
                        : $"Read(ref reader, ref {BackingField(field)});";
                    w.Line($"case {Index(field)}: {read} break;");
                }

                w.CloseBlock();
            }

            w.CloseBlock();
        }

        private static void WriteWriteFields(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.Line("/// <inheritdoc />");
            w.OpenBlock($"protected override void WriteFields({KnownTypes.FieldWriter} writer)");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                w.Line(field.DataType == FieldDataType.Enum
                    ? $"writer.Write({Index(field)}, {BackingField(field)}, Fields.{field.MetadataName});"
                    : $"writer.Write({Index(field)}, {BackingField(field)});");
            }

            w.CloseBlock();
        }
    }
}
