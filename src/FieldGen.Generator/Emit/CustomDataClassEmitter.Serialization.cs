using System.Linq;
using System.Text;
using FieldGen.Model;
using FieldGen.Wire;

namespace FieldGen.Emit
{
    internal static partial class CustomDataClassEmitter
    {
        // The ICustomData hooks the runtime serializer calls. Keys are found through a hash table over
        // their UTF-8 bytes (CustomDataKeyTable), built once per class: no string allocated per key.
        private static void WriteSerializerHooks(SourceWriter w, CustomDataClassSpec spec)
        {
            WriteKeyConstants(w, spec);
            WriteFindField(w);
            WriteReadField(w, spec);
            WriteOptionReaders(w, spec);
            WriteWriteFields(w, spec);
            WriteWriteChangedItems(w, spec);
        }

        private static void WriteKeyConstants(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.Line($"private static readonly {KnownTypes.KeyTable} _fgKeyTable = new {KnownTypes.KeyTable}(new string[]");
            w.Line("{");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                w.Line($"    {Literals.String(field.Key)},");
            }

            w.Line("});");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                // Pre-encoded as JSON.stringify writes it: GenAuth signs what JavaScript rebuilds from the body.
                w.Line($"private static readonly {KnownTypes.JsonEncodedText} _fgKeyText{field.Index} = {KnownTypes.ValueWriter}.EncodeKey({Literals.String(field.Key)});");
            }
        }

        private static void WriteFindField(SourceWriter w)
        {
            w.Line();
            w.Line($"int {KnownTypes.ICustomData}.FindField({KnownTypes.ReadOnlySpanOfByte} utf8Key) => _fgKeyTable.Find(utf8Key);");
        }

        private static void WriteReadField(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.OpenBlock($"void {KnownTypes.ICustomData}.ReadField(int fieldIndex, ref {KnownTypes.Utf8JsonReader} reader)");
            if (spec.Fields.Count > 0)
            {
                w.OpenBlock("switch (fieldIndex)");
                foreach (FieldMemberSpec field in spec.Fields)
                {
                    w.Line($"case {field.Index}:");
                    // Assigning through ref keeps struct temporaries out of this (possibly huge) switch.
                    w.Line(field.DataType == FieldDataType.Enum
                        ? $"    _fgReadOption{field.Index}(ref reader, ref _fg{field.Index});"
                        : $"    {KnownTypes.ValueReader}.Read(ref reader, ref _fg{field.Index});");

                    w.Line("    break;");
                }

                w.CloseBlock();
            }

            w.CloseBlock();
        }

        // A listed option is found through a hash table over its UTF-8 bytes, and its wire string and enum
        // member come from its index: no allocation, and code whose size does not grow with the options
        // (one switch arm or if per option made 20,000 options take minutes to compile, issue 11).
        private static void WriteOptionReaders(SourceWriter w, CustomDataClassSpec spec)
        {
            foreach (FieldMemberSpec field in spec.Fields.Where(f => f.DataType == FieldDataType.Enum))
            {
                string optionType = OptionValueOf(spec, field);
                string enumName = EnumTypeOf(spec, field);
                w.Line();
                w.OpenBlock($"private static void _fgReadOption{field.Index}(ref {KnownTypes.Utf8JsonReader} reader, ref {optionType}? field)");
                w.OpenBlock($"if (reader.TokenType == {KnownTypes.JsonTokenType}.String && !reader.ValueIsEscaped && !reader.HasValueSequence)");
                w.Line($"int index = _fgOptionTable{field.Index}.Find(reader.ValueSpan);");
                w.OpenBlock("if (index >= 0)");
                w.Line($"field = new {optionType}(({enumName})index, _fgOptions{field.Index}[index]);");
                w.Line("return;");
                w.CloseBlock();
                w.CloseBlock();
                w.Line();
                w.Line($"string? raw = {KnownTypes.ValueReader}.ReadOptionText(ref reader);");
                w.Line($"field = raw == null ? default({optionType}?) : _fgToOption{field.Index}(raw);");
                w.CloseBlock();
            }
        }

        private static void WriteWriteFields(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.OpenBlock($"void {KnownTypes.ICustomData}.WriteFields({KnownTypes.Utf8JsonWriter} writer)");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                bool isValueType = DataTypes.Of(field.DataType).IsValueType;
                string value = field.DataType == FieldDataType.Enum ? $"_fgWireOf{field.Index}()!" : isValueType ? $"_fg{field.Index}.GetValueOrDefault()" : $"_fg{field.Index}";
                string isSet = isValueType ? $"_fg{field.Index}.HasValue" : $"_fg{field.Index} != null";
                w.Line($"if ({isSet}) {KnownTypes.ValueWriter}.WriteMember(writer, _fgKeyText{field.Index}, {value});");
                w.Line($"else if (_fgReadAsNull.IsMarked({field.Index})) writer.WriteNull(_fgKeyText{field.Index});");
            }

            w.CloseBlock();
            foreach (FieldMemberSpec field in spec.Fields.Where(f => f.DataType == FieldDataType.Enum))
            {
                w.Line();
                w.Line($"private string? _fgWireOf{field.Index}() => _fg{field.Index} is {{ }} value ? value.RawValue ?? _fgToWire{field.Index}(value.Option.GetValueOrDefault()) : null;");
            }
        }

        private static void WriteWriteChangedItems(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.OpenBlock($"void {KnownTypes.ICustomData}.WriteChangedItems({KnownTypes.Utf8JsonWriter} writer, {KnownTypes.WriteOptions} options)");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                string call = field.DataType == FieldDataType.Enum ? $"WriteItem(writer, _fgKeyText{field.Index}, _fgWireOf{field.Index}())"
                    : DataTypes.Of(field.DataType).IsWrittenAsString ? $"WriteItem(writer, _fgKeyText{field.Index}, _fg{field.Index})"
                    : $"WriteItem(writer, _fgKeyText{field.Index}, _fg{field.Index}, options)";
                w.Line($"if (_fgChanges.IsMarked({field.Index})) {KnownTypes.ValueWriter}.{call};");
            }

            w.CloseBlock();
            w.Line();
            w.Line($"void {KnownTypes.ICustomData}.MarkChanged(int fieldIndex) => _fgChanges.Mark(fieldIndex);");
            w.Line();
            w.Line($"void {KnownTypes.ICustomData}.MarkReadAsNull(int fieldIndex) => _fgReadAsNull.Mark(fieldIndex);");
        }
    }
}
