using FieldGen.Model;

namespace FieldGen.Emit
{
    /// <summary>
    /// The C# type of a field's property, by data type: the one place the emitter maps a data type to
    /// a type (the runtime's <c>CustomData.Read</c> and <c>CustomDataFieldWriter.Write</c> overloads
    /// take the same types). ENUM fields hold an <c>OptionValue</c> of their generated enum.
    /// </summary>
    internal static class PropertyTypes
    {
        public static string Of(FieldMemberSpec field) => field.DataType switch
        {
            FieldDataType.String => "string?",
            FieldDataType.Number => "double?",
            FieldDataType.Boolean => "bool?",
            FieldDataType.DateTime => KnownTypes.DateTimeOffset + "?",
            // Inside the class the enum's simple name is unambiguous: only the enum has it among the members.
            FieldDataType.Enum => $"{KnownTypes.OptionValue}<{field.EnumTypeName}>?",
            _ => KnownTypes.JsonElement + "?",
        };
    }
}
