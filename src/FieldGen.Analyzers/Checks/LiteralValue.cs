using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace FieldGen.Analyzers.Checks
{
    /// <summary>What kind of literal a value is; only literals are checked, never computed values.</summary>
    internal enum LiteralKind
    {
        String,
        Number,
        Boolean,
        Null,
    }

    /// <summary>A literal written in user code: its kind, its text (a string's content, a number's invariant text) and how a message shows it.</summary>
    internal readonly struct LiteralValue
    {
        private LiteralValue(LiteralKind kind, string text, string display)
        {
            Kind = kind;
            Text = text;
            Display = display;
        }

        public LiteralKind Kind { get; }

        public string Text { get; }

        public string Display { get; }

        /// <summary>
        /// The literal under implicit conversions (boxing to <c>object</c>, <c>int</c> to <c>decimal</c>), or
        /// false for anything else: a constant, a call, a variable. A negated number counts as a literal.
        /// </summary>
        public static bool TryRead(IOperation operation, out LiteralValue literal)
        {
            IOperation bare = Unwrap(operation);
            bool isLiteral = bare is ILiteralOperation
                || bare is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus, Operand: ILiteralOperation };
            literal = default;
            if (!isLiteral || !bare.ConstantValue.HasValue)
            {
                return false;
            }

            switch (bare.ConstantValue.Value)
            {
                case null:
                    literal = new LiteralValue(LiteralKind.Null, "null", "null");
                    return true;
                case string text:
                    literal = new LiteralValue(LiteralKind.String, text, SymbolDisplay.FormatLiteral(text, quote: true));
                    return true;
                case bool flag:
                    string word = flag ? "true" : "false";
                    literal = new LiteralValue(LiteralKind.Boolean, word, word);
                    return true;
                case char:
                    return false;
                case IConvertible number:
                    string digits = number.ToString(CultureInfo.InvariantCulture);
                    literal = new LiteralValue(LiteralKind.Number, digits, digits);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The content of a string literal (not of a constant: only a literal can be fixed in place).</summary>
        public static bool TryReadString(IOperation operation, out string text)
        {
            text = string.Empty;
            if (Unwrap(operation) is ILiteralOperation { ConstantValue: { HasValue: true, Value: string value } })
            {
                text = value;
                return true;
            }

            return false;
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
