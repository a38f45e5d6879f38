using System;
using System.ComponentModel;
using System.Text.Json;
using FieldGen.Serialization;

namespace FieldGen
{
    /// <summary>
    /// What every generated <c>XxxCustomData</c> class is: typed values of one object's custom fields,
    /// the values the schema does not know, and which keys the caller changed.
    /// </summary>
    public interface ICustomData
    {
        /// <summary>The kind of object these values belong to.</summary>
        CustomFieldTarget TargetType { get; }

        /// <summary>Values whose key the schema does not know; kept so that nothing read is lost.</summary>
        UnknownCustomFields UnknownFields { get; }

        /// <summary>True when a value was set or cleared since the object was read or <see cref="AcceptChanges"/> was called.</summary>
        bool HasChanges { get; }

        /// <summary>Forgets which keys changed, e.g. after a successful setCustomData call.</summary>
        void AcceptChanges();

        /// <summary>Serializer hook: the index of the field whose key is <paramref name="utf8Key"/>, or -1 when the schema does not know it.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        int FindField(ReadOnlySpan<byte> utf8Key);

        /// <summary>Serializer hook: reads the value at the reader into field <paramref name="fieldIndex"/>.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        void ReadField(int fieldIndex, ref Utf8JsonReader reader);

        /// <summary>Serializer hook: writes every value that is set, as members of the current JSON object.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        void WriteFields(Utf8JsonWriter writer);

        /// <summary>Serializer hook: writes one <c>{ "key", "value" }</c> item per changed key into the current JSON array.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        void WriteChangedItems(Utf8JsonWriter writer, CustomDataWriteOptions options);

        /// <summary>Serializer hook: marks field <paramref name="fieldIndex"/> as changed (a setCustomData body read back lists it).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        void MarkChanged(int fieldIndex);

        /// <summary>Serializer hook: field <paramref name="fieldIndex"/> was read as an explicit <c>null</c>, which writing the object keeps.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        void MarkReadAsNull(int fieldIndex);
    }
}
