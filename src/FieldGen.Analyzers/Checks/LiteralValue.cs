using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace FieldGen.Analyzers.Checks
{
    /// <summary>What kind of constant a value is; only constants are checked, never values computed at run time.</summary>
    internal enum LiteralKind
    {
        String,
        Number,
        Boolean,
        Null,
    }

    /// <summary>
    /// A constant written in user code, a literal or a named constant: its kind, its text (a string's
    /// content, a number's invariant text) and how a message shows it.
    /// </summary>
    internal readonly struct LiteralValue
    {
        private LiteralValue(LiteralKind kind, string text, string display, bool isLiteral)
        {
            Kind = kind;
            Text = text;
            Display = display;
            IsLiteral = isLiteral;
        }

        public LiteralKind Kind { get; }

        /// <summary>True for a literal, which a fix may replace in place; false for a named constant (<c>const string Key = "scool"</c>), whose fix belongs at its declaration.</summary>
        public bool IsLiteral { get; }

        public string Text { get; }

        public string Display { get; }

        /// <summary>
        /// The constant under implicit conversions (boxing to <c>object</c>, <c>int</c> to <c>double</c>):
        /// a literal, a negated number, a <c>const</c> or a constant expression; false for anything
        /// computed at run time (a call, a variable).
        /// </summary>
        public static bool TryRead(IOperation operation, out LiteralValue literal)
        {
            IOperation bare = Unwrap(operation);
            literal = default;
            if (!bare.ConstantValue.HasValue)
            {
                return false;
            }

            bool isLiteral = IsWrittenAsLiteral(bare);
            switch (bare.ConstantValue.Value)
            {
                case null:
                    literal = new LiteralValue(LiteralKind.Null, "null", "null", isLiteral);
                    return true;
                case string text:
                    literal = new LiteralValue(LiteralKind.String, text, SymbolDisplay.FormatLiteral(text, quote: true), isLiteral);
                    return true;
                case bool flag:
                    string word = flag ? "true" : "false";
                    literal = new LiteralValue(LiteralKind.Boolean, word, word, isLiteral);
                    return true;
                case char:
                    return false;
                case IConvertible number:
                    string digits = number.ToString(CultureInfo.InvariantCulture);
                    literal = new LiteralValue(LiteralKind.Number, digits, digits, isLiteral);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>True when <paramref name="operation"/> is written as a literal (a negated number counts), so a fix can replace it.</summary>
        public static bool IsWrittenAsLiteral(IOperation operation)
        {
            IOperation bare = Unwrap(operation);
            return bare is ILiteralOperation
                || bare is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus, Operand: ILiteralOperation };
        }

        /// <summary>The value of any constant string, literal or not (<c>UserCustomData.Keys.Age</c>), to find which key a value belongs to.</summary>
        public static bool TryReadConstantString(IOperation operation, out string text)
        {
            text = string.Empty;
            if (Unwrap(operation).ConstantValue is { HasValue: true, Value: string value })
            {
                text = value;
                return true;
            }

            return false;
        }

        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
