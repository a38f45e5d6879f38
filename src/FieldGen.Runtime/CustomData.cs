using System;
using System.ComponentModel;
using System.Text.Json;
using FieldGen.GeneratedCodeSupport;
using FieldGen.Serialization;

namespace FieldGen
{
    /// <summary>
    /// What every generated <c>XxxCustomData</c> class is: typed values of one object's custom fields,
    /// the values the schema does not know, and which keys the caller changed.
    /// </summary>
    /// <remarks>
    /// A base class rather than an interface, so the contract with generated code can grow: a new hook
    /// is a virtual member with a default, not a member every generated class must implement. The
    /// hooks are protected and hidden from IntelliSense; the class holds the change and read-as-null
    /// state itself, so generated code holds only typed values.
    /// </remarks>
    public abstract class CustomData
    {
        private readonly CustomDataContract _contract;
        private FieldMarks _marks;
        private UnknownCustomFields? _unknown;

        /// <summary>Used by generated code: <paramref name="contract"/> describes the class's fields.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected CustomData(CustomDataContract contract) => _contract = contract ?? throw new ArgumentNullException(nameof(contract));

        /// <summary>The kind of object these values belong to.</summary>
        public CustomFieldTarget TargetType => _contract.TargetType;

        /// <summary>Values whose key the schema does not know: read as raw JSON, written back unchanged, settable by key.</summary>
        public UnknownCustomFields UnknownFields => _unknown ??= new UnknownCustomFields(this);

        /// <summary>True when a value was set or cleared since the object was read or <see cref="AcceptChanges"/> was called.</summary>
        public bool HasChanges => _marks.Any(FieldMarks.Changed) || (_unknown is not null && _unknown.HasChanges);

        internal CustomDataContract Contract => _contract;

        /// <summary>Forgets which keys changed, e.g. after a successful setCustomData call.</summary>
        public void AcceptChanges()
        {
            _marks.Clear(FieldMarks.Changed);
            _unknown?.AcceptChanges();
        }

        /// <summary>Writes every value that is set as a data object, unknown keys included.</summary>
        public string ToJson() => CustomDataSerializer.Serialize(this);

        /// <summary>The setCustomData request for this object, listing only the keys set or cleared since it was read.</summary>
        /// <param name="targetIdentifier">The object's identifier: a user's or department's ID, a role's or group's code.</param>
        /// <param name="namespace">The permission space code that scopes a role (e.g. "default"); omitted when null.</param>
        /// <param name="tenantId">The tenant; omitted when null.</param>
        /// <param name="valuesAsStrings">True to send every value as a string, as the generated official SDKs do; false (default) for native JSON, as the docs show.</param>
        public SetCustomDataRequest ToSetCustomDataRequest(string targetIdentifier, string? @namespace = null, string? tenantId = null, bool valuesAsStrings = false) =>
            new SetCustomDataRequest(this, targetIdentifier)
            {
                Namespace = @namespace,
                TenantId = tenantId,
                WriteOptions = valuesAsStrings ? CustomDataWriteOptions.Strings : CustomDataWriteOptions.Default,
            };

        internal void MarkChanged(int field) => _marks.Add(FieldMarks.Changed, field);

        internal bool IsChanged(int field) => _marks.Contains(FieldMarks.Changed, field);

        // An explicit null is remembered so that writing the object gives it back, not an absent key.
        internal void MarkReadAsNull(int field) => _marks.Add(FieldMarks.ReadAsNull, field);

        internal bool WasReadAsNull(int field) => _marks.Contains(FieldMarks.ReadAsNull, field);

        // The serializer calls the hooks through these: protected (not protected internal) hooks keep one
        // override signature, "protected override", in every consumer, even one the runtime's internals are visible to.
        internal void ReadFieldValue(int field, ref Utf8JsonReader reader) => ReadField(field, ref reader);

        internal void WriteFieldValues(CustomDataFieldWriter writer) => WriteFields(writer);

        /// <summary>Serializer hook: reads the value at the reader into field <paramref name="field"/> (an index into the class's <c>Fields.All</c>).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected abstract void ReadField(int field, ref Utf8JsonReader reader);

        /// <summary>Serializer hook: hands every field's value to <paramref name="writer"/>, which writes what it is asked for.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected abstract void WriteFields(CustomDataFieldWriter writer);

        /// <summary>Used by generated property setters: stores the value and marks the field changed.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void SetField<T>(ref T storage, T value, int field)
        {
            storage = value;
            _marks.Add(FieldMarks.Changed, field);
        }

        /// <summary>Used by generated ENUM setters: a bare enum member converted to an <see cref="OptionValue{TEnum}"/> gets its wire value here, once.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void SetField<TEnum>(ref OptionValue<TEnum>? storage, OptionValue<TEnum>? value, CustomFieldInfo<TEnum> info, int field)
            where TEnum : struct, Enum
        {
            storage = value is OptionValue<TEnum> assigned ? info.WithWireValue(assigned) : value;
            _marks.Add(FieldMarks.Changed, field);
        }

        // The Read(ref reader, ref storage) overloads let a generated ReadField assign straight into its
        // fields: a switch over many fields then holds no struct temporaries for the JIT to zero.

        /// <summary>Used by generated code: reads a STRING value.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void Read(ref Utf8JsonReader reader, ref string? storage) => storage = CustomDataValueReader.ReadString(ref reader);

        /// <summary>Used by generated code: reads a NUMBER value.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void Read(ref Utf8JsonReader reader, ref double? storage) => storage = CustomDataValueReader.ReadNumber(ref reader);

        /// <summary>Used by generated code: reads a BOOLEAN value.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void Read(ref Utf8JsonReader reader, ref bool? storage) => storage = CustomDataValueReader.ReadBoolean(ref reader);

        /// <summary>Used by generated code: reads a DATETIME value.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void Read(ref Utf8JsonReader reader, ref DateTimeOffset? storage) => storage = CustomDataValueReader.ReadDateTime(ref reader);

        /// <summary>Used by generated code: reads a raw JSON value (OBJECT fields, data types FieldGen does not know).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void Read(ref Utf8JsonReader reader, ref JsonElement? storage) => storage = CustomDataValueReader.ReadJson(ref reader);

        /// <summary>Used by generated code: reads an ENUM value through the options of <paramref name="info"/>.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void Read<TEnum>(ref Utf8JsonReader reader, ref OptionValue<TEnum>? storage, CustomFieldInfo<TEnum> info)
            where TEnum : struct, Enum
        {
            // The lookup is not generic; only this method is compiled once per generated enum.
            int index = info.ReadOptionIndex(ref reader, out string? raw);
            storage = index >= 0 ? info.OptionValues[index] : raw is null ? null : OptionValue<TEnum>.Unlisted(raw);
        }
    }

    /// <summary>
    /// The base of a generated class <typeparamref name="TSelf"/>: adds the readers that return it
    /// (<c>UserCustomData.FromJson(json)</c>).
    /// </summary>
    /// <typeparam name="TSelf">The generated class itself.</typeparam>
    public abstract class CustomData<TSelf> : CustomData
        where TSelf : CustomData<TSelf>, new()
    {
        /// <summary>Used by generated code: <paramref name="contract"/> describes the class's fields.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected CustomData(CustomDataContract contract)
            : base(contract)
        {
        }

        /// <summary>Reads a GetCustomData response: the whole envelope or just its data object.</summary>
        /// <exception cref="CustomDataFormatException">The JSON cannot be read; the exception names the JSON path.</exception>
        /// <exception cref="GenAuthApiException">The envelope reports a failure.</exception>
        public static TSelf FromJson(string json) => CustomDataSerializer.Deserialize<TSelf>(json);

        /// <summary>Reads a GetCustomData response from UTF-8 bytes: the whole envelope or just its data object.</summary>
        /// <exception cref="CustomDataFormatException">The JSON cannot be read; the exception names the JSON path.</exception>
        /// <exception cref="GenAuthApiException">The envelope reports a failure.</exception>
        public static TSelf FromUtf8Json(ReadOnlySpan<byte> utf8Json) => CustomDataSerializer.Deserialize<TSelf>(utf8Json);
    }
}
