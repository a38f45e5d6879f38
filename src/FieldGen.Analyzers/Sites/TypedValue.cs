using System;
using System.Globalization;
using FieldGen.Analyzers.Checks;
using FieldGen.Analyzers.Fixes;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Symbols;
using FieldGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FieldGen.Analyzers.Sites
{
    /// <summary>
    /// The value of <c>UnknownFields.Set(key, value)</c> rewritten for the typed property, when that can
    /// be done without guessing: <c>"pku"</c> becomes <c>UserCustomData.School.Pku</c>, <c>"18"</c> becomes
    /// <c>18</c>, <c>"true"</c> becomes <c>true</c>; a string expression stays as it is for a STRING field.
    /// </summary>
    internal static class TypedValue
    {
        public static string? Of(IOperation value, KnownField field, FieldGenSymbols symbols)
        {
            // A named constant is not inlined: only a literal is converted.
            if (!LiteralValue.TryRead(value, out LiteralValue literal) || !literal.IsLiteral)
            {
                return field.DataType == FieldDataType.String && value.Type?.SpecialType == SpecialType.System_String ? FixProperties.SameExpression : null;
            }

            if (literal.Kind == LiteralKind.Null)
            {
                return "null";
            }

            if (literal.Kind != LiteralKind.String)
            {
                return null;
            }

            string text = literal.Text.Trim();
            switch (field.DataType)
            {
                case FieldDataType.String:
                    return SymbolDisplay.FormatLiteral(literal.Text, quote: true);
                case FieldDataType.Number when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number):
                    // An int literal converts to decimal? implicitly; anything else needs the decimal suffix.
                    return decimal.Truncate(number) == number && number >= int.MinValue && number <= int.MaxValue
                        ? ((int)number).ToString(CultureInfo.InvariantCulture)
                        : number.ToString(CultureInfo.InvariantCulture) + "m";
                case FieldDataType.Boolean when string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase):
                    return text.ToLowerInvariant();
                case FieldDataType.Enum when field.TryGetOptionMember(literal.Text, out string member):
                    return symbols.MemberCode(field, member, value);
                default:
                    return null;
            }
        }
    }
}
