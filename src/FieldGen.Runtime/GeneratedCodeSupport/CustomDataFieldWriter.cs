using System;
using System.ComponentModel;
using System.Text.Json;
using FieldGen.Serialization;

namespace FieldGen.GeneratedCodeSupport
{
    /// <summary>
    /// Receives a generated class's values, one call per field, and writes what the serializer asked
    /// for: the members of a data object (a set value, or a null that was read), or the setCustomData
    /// items of the changed fields. One hook serves both, so generated code lists each field once.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly ref struct CustomDataFieldWriter
    {
        private readonly Utf8JsonWriter _writer;
        private readonly CustomData _owner;

        // Null: data object members; otherwise setCustomData items written with these options.
        private readonly CustomDataWriteOptions? _itemOptions;

        internal CustomDataFieldWriter(Utf8JsonWriter writer, CustomData owner, CustomDataWriteOptions? itemOptions)
        {
            _writer = writer;
            _owner = owner;
            _itemOptions = itemOptions;
        }

        /// <summary>Writes a STRING field.</summary>
        public void Write(int field, string? value)
        {
            if (_itemOptions is null)
            {
                if (value is not null)
                {
                    CustomDataValueWriter.WriteMember(_writer, Key(field), value);
                }
                else
                {
                    WriteNullIfRead(field);
                }
            }
            else if (_owner.IsChanged(field))
            {
                CustomDataValueWriter.WriteItem(_writer, Key(field), value);
            }
        }

        /// <summary>Writes a NUMBER field.</summary>
        /// <exception cref="CustomDataFormatException">The value is NaN or infinite, which JSON cannot carry.</exception>
        public void Write(int field, double? value)
        {
            if (_itemOptions is null)
            {
                if (value is double number)
                {
                    CustomDataValueWriter.WriteMember(_writer, Key(field), number);
                }
                else
                {
                    WriteNullIfRead(field);
                }
            }
            else if (_owner.IsChanged(field))
            {
                CustomDataValueWriter.WriteItem(_writer, Key(field), value, _itemOptions);
            }
        }

        /// <summary>Writes a BOOLEAN field.</summary>
        public void Write(int field, bool? value)
        {
            if (_itemOptions is null)
            {
                if (value is bool flag)
                {
                    CustomDataValueWriter.WriteMember(_writer, Key(field), flag);
                }
                else
                {
                    WriteNullIfRead(field);
                }
            }
            else if (_owner.IsChanged(field))
            {
                CustomDataValueWriter.WriteItem(_writer, Key(field), value, _itemOptions);
            }
        }

        /// <summary>Writes a DATETIME field.</summary>
        public void Write(int field, DateTimeOffset? value)
        {
            if (_itemOptions is null)
            {
                if (value is DateTimeOffset date)
                {
                    CustomDataValueWriter.WriteMember(_writer, Key(field), date);
                }
                else
                {
                    WriteNullIfRead(field);
                }
            }
            else if (_owner.IsChanged(field))
            {
                CustomDataValueWriter.WriteItem(_writer, Key(field), value);
            }
        }

        /// <summary>Writes a raw JSON field (OBJECT fields, data types FieldGen does not know).</summary>
        /// <exception cref="CustomDataFormatException">The value holds a number beyond a double's range.</exception>
        public void Write(int field, JsonElement? value)
        {
            if (_itemOptions is null)
            {
                if (value is JsonElement element)
                {
                    CustomDataValueWriter.WriteMember(_writer, Key(field), element);
                }
                else
                {
                    WriteNullIfRead(field);
                }
            }
            else if (_owner.IsChanged(field))
            {
                CustomDataValueWriter.WriteItem(_writer, Key(field), value, _itemOptions);
            }
        }

        /// <summary>Writes an ENUM field as its wire value.</summary>
        public void Write<TEnum>(int field, OptionValue<TEnum>? value, CustomFieldInfo<TEnum> info)
            where TEnum : struct, Enum
        {
            string? wire = value is OptionValue<TEnum> option ? option.RawValue ?? info.WireValueOf(option.Option.GetValueOrDefault()) : null;
            Write(field, wire);
        }

        private JsonEncodedText Key(int field) => _owner.Contract.EncodedKey(field);

        private void WriteNullIfRead(int field)
        {
            if (_owner.WasReadAsNull(field))
            {
                _writer.WriteNull(Key(field));
            }
        }
    }
}
