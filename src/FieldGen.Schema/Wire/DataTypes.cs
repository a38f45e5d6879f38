using System;
using System.Collections.Generic;
using FieldGen.Model;

namespace FieldGen.Wire
{
    /// <summary>
    /// One data type: its wire names, the C# type a generated property has, and its value rules (what it
    /// accepts as a string, as a JSON number, as a JSON boolean). The runtime reads values by these rules
    /// and the analyzers judge constants by them, so the two cannot disagree.
    /// </summary>
    internal sealed class DataType
    {
        private readonly Func<string, bool> _acceptsString;
        private readonly Func<double, bool> _acceptsNumber;

        internal DataType(
            FieldDataType kind,
            string[] wireNames,
            string clrType,
            bool isValueType,
            Func<string, bool> acceptsString,
            Func<double, bool> acceptsNumber,
            bool acceptsBoolean,
            bool isWrittenAsString,
            string advice)
        {
            Kind = kind;
            WireNames = wireNames;
            ClrType = clrType;
            IsValueType = isValueType;
            _acceptsString = acceptsString;
            _acceptsNumber = acceptsNumber;
            AcceptsBoolean = acceptsBoolean;
            IsWrittenAsString = isWrittenAsString;
            Advice = advice;
        }

        public FieldDataType Kind { get; }

        /// <summary>The API's spellings, the current one first (ENUM, then its pre-2022 name SELECT); empty for the catch-all.</summary>
        public IReadOnlyList<string> WireNames { get; }

        /// <summary>
        /// The C# type of a generated property, without the <c>?</c>: <c>double</c>, <c>global::System.DateTimeOffset</c>.
        /// For ENUM the open generic <c>global::FieldGen.OptionValue</c>, closed over the field's enum by <see cref="PropertyType"/>.
        /// </summary>
        public string ClrType { get; }

        /// <summary>True when <see cref="ClrType"/> is a struct (the property is a <c>Nullable&lt;T&gt;</c>), false for <c>string</c>.</summary>
        public bool IsValueType { get; }

        /// <summary>True when a JSON <c>true</c>/<c>false</c> is a value of this type.</summary>
        public bool AcceptsBoolean { get; }

        /// <summary>
        /// True when the value goes on the wire as a JSON string whatever <c>valuesAsStrings</c> says (STRING,
        /// DATETIME as ISO 8601, ENUM as its option), so its writer takes no write options.
        /// </summary>
        public bool IsWrittenAsString { get; }

        /// <summary>What to pass instead of a value this type refuses, as a message fragment.</summary>
        public string Advice { get; }

        /// <summary>True when a value sent as the string <paramref name="text"/> is a value of this type.</summary>
        public bool AcceptsString(string text) => _acceptsString(text);

        /// <summary>True when the JSON number <paramref name="number"/> (as JavaScript reads it) is a value of this type.</summary>
        public bool AcceptsNumber(double number) => _acceptsNumber(number);

        /// <summary>The property's C# type, nullable: <c>double?</c>, or <c>OptionValue&lt;<paramref name="optionEnum"/>&gt;?</c> for ENUM.</summary>
        public string PropertyType(string? optionEnum) =>
            (Kind == FieldDataType.Enum ? ClrType + "<" + optionEnum + ">" : ClrType) + "?";

        public override string ToString() => WireNames.Count > 0 ? WireNames[0] : Kind.ToString();
    }

    /// <summary>
    /// The data-type table, written once. A new data type is one row here (plus its reader and writer
    /// in the runtime); the parser, the emitter, the analyzers and the runtime's value reader take it from here.
    /// </summary>
    internal static class DataTypes
    {
        private static readonly Func<string, bool> AnyString = _ => true;
        private static readonly Func<double, bool> AnyNumber = _ => true;
        private static readonly Func<double, bool> NoNumber = _ => false;

        public static readonly DataType String = new DataType(
            FieldDataType.String, new[] { "STRING" }, "string", isValueType: false,
            AnyString, AnyNumber, acceptsBoolean: true, isWrittenAsString: true,
            "pass a string");

        public static readonly DataType Number = new DataType(
            FieldDataType.Number, new[] { "NUMBER" }, "double", isValueType: true,
            text => NumberText.TryParse(text, out _), AnyNumber, acceptsBoolean: false, isWrittenAsString: false,
            "pass a number such as 18 (or its invariant text, \"18\")");

        public static readonly DataType DateTime = new DataType(
            FieldDataType.DateTime, new[] { "DATETIME" }, "global::System.DateTimeOffset", isValueType: true,
            text => DateTimeText.TryParse(text, out _), number => DateTimeText.TryFromEpochMilliseconds(number, out _), acceptsBoolean: false, isWrittenAsString: true,
            "pass a DateTimeOffset, an ISO 8601 string such as \"2024-05-01T08:00:00Z\" (no offset means UTC) or epoch milliseconds");

        public static readonly DataType Boolean = new DataType(
            FieldDataType.Boolean, new[] { "BOOLEAN" }, "bool", isValueType: true,
            text => BooleanText.TryParse(text, out _), number => BooleanText.TryFromNumber(number, out _), acceptsBoolean: true, isWrittenAsString: false,
            "pass true or false");

        // Any string or number is an option's text; whether it is a listed option is the schema's business.
        public static readonly DataType Enum = new DataType(
            FieldDataType.Enum, new[] { "ENUM", "SELECT" }, "global::FieldGen.OptionValue", isValueType: true,
            AnyString, AnyNumber, acceptsBoolean: false, isWrittenAsString: true,
            "pass one of its options");

        // OBJECT is raw JSON by nature; a type FieldGen does not know is kept as raw JSON too.
        public static readonly DataType Json = new DataType(
            FieldDataType.Json, new[] { "OBJECT" }, "global::System.Text.Json.JsonElement", isValueType: true,
            AnyString, AnyNumber, acceptsBoolean: true, isWrittenAsString: false,
            "pass any JSON value");

        /// <summary>Every row, in <see cref="FieldDataType"/>'s order.</summary>
        public static readonly IReadOnlyList<DataType> All = new[] { String, Number, DateTime, Boolean, Enum, Json };

        /// <summary>Every wire name GenAuth has, in the table's order: the candidates of a "did you mean".</summary>
        public static readonly IReadOnlyList<string> KnownWireNames = WireNamesOf(All);

        /// <summary>The row of <paramref name="kind"/>.</summary>
        public static DataType Of(FieldDataType kind) => All[(int)kind];

        /// <summary>The row whose wire names include <paramref name="wireName"/> (any case); <see cref="Json"/> for a name FieldGen does not know.</summary>
        public static DataType FromWireName(string? wireName) => Find(wireName) ?? Json;

        /// <summary>The row whose wire names include <paramref name="wireName"/> (any case), or null for an unknown name.</summary>
        public static DataType? Find(string? wireName)
        {
            foreach (DataType type in All)
            {
                foreach (string name in type.WireNames)
                {
                    if (string.Equals(name, wireName, StringComparison.OrdinalIgnoreCase))
                    {
                        return type;
                    }
                }
            }

            return null;
        }

        private static string[] WireNamesOf(IReadOnlyList<DataType> types)
        {
            var names = new List<string>();
            foreach (DataType type in types)
            {
                names.AddRange(type.WireNames);
            }

            return names.ToArray();
        }
    }
}
