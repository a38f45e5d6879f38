using System.Linq;
using System.Text;
using FieldGen.Model;

namespace FieldGen.Emit
{
    internal static partial class CustomDataClassEmitter
    {
        // The ICustomData hooks the runtime serializer calls. Keys are matched on their UTF-8 bytes
        // through a switch on a hash computed here at build time: O(1) per key, no string allocated.
        private static void WriteSerializerHooks(SourceWriter w, CustomDataClassSpec spec)
        {
            WriteKeyConstants(w, spec);
            WriteFindField(w, spec);
            WriteReadField(w, spec);
            WriteOptionReaders(w, spec);
            WriteWriteFields(w, spec);
            WriteWriteChangedItems(w, spec);
        }

        private static void WriteKeyConstants(SourceWriter w, CustomDataClassSpec spec)
        {
            foreach (FieldMemberSpec field in spec.Fields)
            {
                w.Line();
                w.Line($"private static readonly {KnownTypes.JsonEncodedText} _fgKeyText{field.Index} = {KnownTypes.JsonEncodedText}.Encode({Literals.String(field.Key)});");
                w.Line($"private static {KnownTypes.ReadOnlySpanOfByte} _fgKeyUtf8{field.Index} => {Utf8Bytes(field.Key)};");
            }
        }

        private static void WriteFindField(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.OpenBlock($"int {KnownTypes.ICustomData}.FindField({KnownTypes.ReadOnlySpanOfByte} utf8Key)");
            if (spec.Fields.Count > 0)
            {
                w.OpenBlock($"switch ({KnownTypes.KeyHash}.Compute(utf8Key))");
                foreach (IGrouping<uint, FieldMemberSpec> bucket in spec.Fields.GroupBy(f => KeyHash.Compute(f.Key)).OrderBy(g => g.Key))
                {
                    w.Line($"case {Literals.Hex(bucket.Key)}:");
                    foreach (FieldMemberSpec field in bucket)
                    {
                        w.Line($"    if ({KnownTypes.MemoryExtensions}.SequenceEqual(utf8Key, _fgKeyUtf8{field.Index})) return {field.Index};");
                    }

                    w.Line("    break;");
                }

                w.CloseBlock();
                w.Line();
            }

            w.Line("return -1;");
            w.CloseBlock();
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
                    if (field.DataType == FieldDataType.Enum)
                    {
                        w.Line($"    _fg{field.Index} = _fgReadOption{field.Index}(ref reader);");
                    }
                    else
                    {
                        w.Line($"    _fg{field.Index} = {KnownTypes.ValueReader}.{ReaderMethod(field.DataType)}(ref reader);");
                    }

                    w.Line("    break;");
                }

                w.CloseBlock();
            }

            w.CloseBlock();
        }

        // A listed option is matched on its UTF-8 bytes and mapped to a string literal: no allocation.
        private static void WriteOptionReaders(SourceWriter w, CustomDataClassSpec spec)
        {
            foreach (FieldMemberSpec field in spec.Fields.Where(f => f.DataType == FieldDataType.Enum))
            {
                string optionType = OptionValueOf(spec, field);
                string enumName = EnumTypeOf(spec, field);
                w.Line();
                w.OpenBlock($"private static {optionType}? _fgReadOption{field.Index}(ref {KnownTypes.Utf8JsonReader} reader)");
                if (field.EnumMembers.Count > 0)
                {
                    w.OpenBlock($"if (reader.TokenType == {KnownTypes.JsonTokenType}.String && !reader.ValueIsEscaped && !reader.HasValueSequence)");
                    w.Line($"{KnownTypes.ReadOnlySpanOfByte} utf8 = reader.ValueSpan;");
                    for (int i = 0; i < field.EnumMembers.Count; i++)
                    {
                        EnumMemberSpec member = field.EnumMembers[i];
                        w.Line($"if ({KnownTypes.MemoryExtensions}.SequenceEqual(utf8, _fgOptionUtf8{field.Index}_{i})) return new {optionType}({enumName}.{member.Name}, {Literals.String(member.Value)});");
                    }

                    w.CloseBlock();
                    w.Line();
                }

                w.Line($"string? raw = {KnownTypes.ValueReader}.ReadOptionText(ref reader);");
                w.Line($"return raw == null ? default({optionType}?) : _fgToOption{field.Index}(raw);");
                w.CloseBlock();
                for (int i = 0; i < field.EnumMembers.Count; i++)
                {
                    w.Line();
                    w.Line($"private static {KnownTypes.ReadOnlySpanOfByte} _fgOptionUtf8{field.Index}_{i} => {Utf8Bytes(field.EnumMembers[i].Value)};");
                }
            }
        }

        private static string Utf8Bytes(string text) =>
            "new byte[] { " + string.Join(", ", Encoding.UTF8.GetBytes(text).Select(b => "0x" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))) + " }";

        private static void WriteWriteFields(SourceWriter w, CustomDataClassSpec spec)
        {
            w.Line();
            w.OpenBlock($"void {KnownTypes.ICustomData}.WriteFields({KnownTypes.Utf8JsonWriter} writer)");
            foreach (FieldMemberSpec field in spec.Fields)
            {
                string value = field.DataType switch
                {
                    FieldDataType.String => $"_fg{field.Index}",
                    FieldDataType.Enum => $"_fgWireOf{field.Index}()!",
                    _ => $"_fg{field.Index}.GetValueOrDefault()",
                };
                string isSet = field.DataType == FieldDataType.String ? $"_fg{field.Index} != null" : $"_fg{field.Index}.HasValue";
                w.Line($"if ({isSet}) {KnownTypes.ValueWriter}.WriteMember(writer, _fgKeyText{field.Index}, {value});");
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
                string call = field.DataType switch
                {
                    FieldDataType.String => $"WriteItem(writer, _fgKeyText{field.Index}, _fg{field.Index})",
                    FieldDataType.DateTime => $"WriteItem(writer, _fgKeyText{field.Index}, _fg{field.Index})",
                    FieldDataType.Enum => $"WriteItem(writer, _fgKeyText{field.Index}, _fgWireOf{field.Index}())",
                    _ => $"WriteItem(writer, _fgKeyText{field.Index}, _fg{field.Index}, options)",
                };
                w.Line($"if (_fgChanges.IsMarked({field.Index})) {KnownTypes.ValueWriter}.{call};");
            }

            w.CloseBlock();
        }

        private static string ReaderMethod(FieldDataType dataType) => dataType switch
        {
            FieldDataType.String => "ReadString",
            FieldDataType.Number => "ReadNumber",
            FieldDataType.Boolean => "ReadBoolean",
            FieldDataType.DateTime => "ReadDateTime",
            _ => "ReadJson",
        };
    }
}
