using System;
using FieldGen.Analyzers.Schema;
using FieldGen.Diagnostics;
using FieldGen.Model;
using Microsoft.CodeAnalysis;

namespace FieldGen.Analyzers.Checks
{
    /// <summary>
    /// Checks a constant (literal or named) passed as the value of a known key: an ENUM value must be an option (FG1002),
    /// any other must be able to be of the field's data type (FG1003).
    /// </summary>
    internal static class ValueCheck
    {
        public static void Check(IOperation value, KnownField field, Action<Diagnostic> report)
        {
            if (!LiteralValue.TryRead(value, out LiteralValue literal))
            {
                return;
            }

            Location location = LiteralValue.Unwrap(value).Syntax.GetLocation();
            if (field.DataType == FieldDataType.Enum && literal.Kind is LiteralKind.String or LiteralKind.Number)
            {
                OptionCheck.ReportIfNotAnOption(field, literal.Text, literal.Kind == LiteralKind.String && literal.IsLiteral, location, report);
                return;
            }

            if (ValueCompatibility.Problem(field.DataType, literal) is string advice)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.ValueNotOfDataType, location, MessageArguments.OneLine(new object?[] { literal.Display, field.WireDataType, field.TargetType, field.Key, advice })));
            }
        }
    }
}
