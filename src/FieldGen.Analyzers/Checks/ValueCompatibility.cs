using FieldGen.Model;
using FieldGen.Wire;

namespace FieldGen.Analyzers.Checks
{
    /// <summary>
    /// Whether a constant can ever be a value of a data type, by the rules of the shared data-type table
    /// the runtime reads with (it reads <c>"18"</c> as a NUMBER and <c>"true"</c> or 1 as a BOOLEAN), so
    /// only values that cannot work are reported, and every value reported would fail at run time.
    /// </summary>
    internal static class ValueCompatibility
    {
        /// <summary>Advice on what to pass instead, or null when the literal fits (ENUM options are checked apart).</summary>
        public static string? Problem(FieldDataType dataType, LiteralValue literal)
        {
            DataType type = DataTypes.Of(dataType);
            bool fits = literal.Kind switch
            {
                LiteralKind.Null => true,
                LiteralKind.String => type.AcceptsString(literal.Text),
                // A C# numeric constant goes on the wire as the JSON number of its invariant text.
                LiteralKind.Number => NumberText.TryParse(literal.Text, out double number) && type.AcceptsNumber(number),
                LiteralKind.Boolean => type.AcceptsBoolean,
                _ => true,
            };
            return fits ? null : type.Advice;
        }
    }
}
