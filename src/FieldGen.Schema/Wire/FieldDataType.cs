namespace FieldGen.Model
{
    /// <summary>
    /// The data types FieldGen maps; <see cref="Json"/> covers OBJECT and any type it does not know yet.
    /// Each member has its row in <see cref="Wire.DataTypes"/> (wire names, C# type, text rules). The
    /// namespace stays the model's, where every stage has always found it.
    /// </summary>
    internal enum FieldDataType
    {
        String,
        Number,
        DateTime,
        Boolean,
        Enum,
        Json,
    }
}
