using System;
using FieldGen.Model;
using FieldGen.Serialization;

namespace FieldGen.Analyzers.Checks
{
    /// <summary>
    /// Whether a literal can ever be a value of a data type, with the runtime's leniency (it reads
    /// <c>"18"</c> as a NUMBER and <c>"true"</c> or 1 as a BOOLEAN), so only values that cannot work are reported.
    /// </summary>
    internal static class ValueCompatibility
    {
        /// <summary>Advice on what to pass instead, or null when the literal fits (ENUM options are checked apart).</summary>
        public static string? Problem(FieldDataType dataType, LiteralValue literal)
        {
            if (literal.Kind == LiteralKind.Null)
            {
                return null;
            }

            switch (dataType)
            {
                case FieldDataType.Number:
                    return literal.Kind == LiteralKind.Number || (literal.Kind == LiteralKind.String && IsNumber(literal.Text))
                        ? null
                        : "pass a number such as 18 (or its invariant text, \"18\")";
                case FieldDataType.Boolean:
                    return IsBoolean(literal) ? null : "pass true or false";
                case FieldDataType.DateTime:
                    return literal.Kind == LiteralKind.Number || (literal.Kind == LiteralKind.String && IsDateTime(literal.Text))
                        ? null
                        : "pass a DateTimeOffset, an ISO 8601 string such as \"2024-05-01T08:00:00Z\" (no offset means UTC) or epoch milliseconds";
                case FieldDataType.Enum:
                    return literal.Kind == LiteralKind.Boolean ? "pass one of its options" : null;
                default:
                    return null;
            }
        }

        // The runtime's own text rules, compiled in here: the analyzers accept exactly what it reads.
        private static bool IsNumber(string text) => NumberText.TryParse(text, out _);

        private static bool IsBoolean(LiteralValue literal)
        {
            string text = literal.Text.Trim();
            return literal.Kind switch
            {
                LiteralKind.Boolean => true,
                LiteralKind.Number => text == "0" || text == "1",
                LiteralKind.String => string.Equals(text, "true", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase)
                    || text == "0"
                    || text == "1",
                _ => false,
            };
        }

        private static bool IsDateTime(string text) => DateTimeText.TryParse(text, out _);
    }
}
