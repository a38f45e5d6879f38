using System;
using System.Globalization;
using FieldGen.Analyzers.Checks;
using FieldGen.Analyzers.Fixes;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Symbols;
using FieldGen.Model;
using FieldGen.Wire;
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
                case FieldDataType.Number when NumberText.TryParse(text, out double number):
                    // The double the runtime would read; "R" text is a valid C# double literal (1E+30).
                    return Math.Floor(number) == number && number >= int.MinValue && number <= int.MaxValue
                        ? ((int)number).ToString(CultureInfo.InvariantCulture)
                        : number.ToString("R", CultureInfo.InvariantCulture);
                case FieldDataType.Boolean when BooleanText.TryParse(text, out bool flag):
                    return flag ? "true" : "false";
                case FieldDataType.Enum when field.TryGetOptionMember(literal.Text, out string member):
                    return symbols.MemberCode(field, member, value);
                default:
                    return null;
            }
        }
    }
}
