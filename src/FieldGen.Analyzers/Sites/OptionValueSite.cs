using System;
using System.Collections.Generic;
using FieldGen.Analyzers.Checks;
using FieldGen.Analyzers.Fixes;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Symbols;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace FieldGen.Analyzers.Sites
{
    /// <summary>
    /// String literals meant as an ENUM field's wire value: compared with <c>OptionValue.RawValue</c>
    /// (<c>user.SchoolValue?.RawValue == "mit"</c>, <c>is "mit"</c>, <c>case "mit":</c>) they must be an option
    /// (FG1002); given to <c>OptionValue&lt;T&gt;.Unlisted</c> they must not be one (FG1006) and should not be
    /// one misspelled (FG1002 with the suggestion), since an unlisted value never equals a listed option.
    /// </summary>
    internal sealed class OptionValueSite
    {
        private readonly FieldGenSymbols _symbols;

        public OptionValueSite(FieldGenSymbols symbols)
        {
            _symbols = symbols;
        }

        public void AnalyzeComparison(IBinaryOperation comparison, Action<Diagnostic> report)
        {
            if (comparison.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
            {
                return;
            }

            CheckCompared(comparison.LeftOperand, comparison.RightOperand, report);
            CheckCompared(comparison.RightOperand, comparison.LeftOperand, report);
        }

        public void AnalyzeConstantPattern(IConstantPatternOperation pattern, Action<Diagnostic> report) =>
            CheckCompared(PatternInput(pattern), pattern.Value, report);

        public void AnalyzeCaseClause(ICaseClauseOperation clause, Action<Diagnostic> report)
        {
            if (clause is ISingleValueCaseClauseOperation single && clause.Parent?.Parent is ISwitchOperation switchStatement)
            {
                CheckCompared(switchStatement.Value, single.Value, report);
            }
        }

        public void AnalyzeUnlisted(IInvocationOperation invocation, Action<Diagnostic> report)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name != "Unlisted"
                || invocation.Arguments.Length != 1
                || FieldOfOptionType(method.ContainingType) is not KnownField field
                || !LiteralValue.TryReadConstantString(invocation.Arguments[0].Value, out string text))
            {
                return;
            }

            Location location = LiteralValue.Unwrap(invocation.Arguments[0].Value).Syntax.GetLocation();
            if (field.TryGetOptionMember(text, out string member))
            {
                string display = field.ClassName + "." + member;
                var useOption = new Replacement("Use " + display, ListedValueCode(method.ContainingType, field, member, text, invocation), DiagnosticIds.ListedOptionAsUnlisted + ".Option");
                report(Diagnostic.Create(
                    DiagnosticDescriptors.ListedOptionAsUnlisted,
                    location,
                    new[] { invocation.Syntax.GetLocation() },
                    FixProperties.Create(new[] { useOption }),
                    MessageArguments.OneLine(new object?[] { text, field.TargetType, field.Key, display })));
                return;
            }

            // Unlisted exists for values the schema does not have yet: only a near miss is suspicious.
            IReadOnlyList<string> suggestions = Similarity.Nearest(text, field.OptionValues);
            if (suggestions.Count > 0)
            {
                OptionCheck.Report(field, text, suggestions, isStringLiteral: LiteralValue.IsWrittenAsLiteral(invocation.Arguments[0].Value), location, report);
            }
        }

        /// <summary>
        /// <c>new OptionValue&lt;UserCustomData.School&gt;(UserCustomData.School.Pku, "pku")</c>: still an
        /// <c>OptionValue&lt;T&gt;</c>, so <c>var u = ...; u.RawValue</c> compiles, and with the same raw value.
        /// </summary>
        private string ListedValueCode(INamedTypeSymbol optionValueType, KnownField field, string member, string rawValue, IOperation site)
        {
            string type = site.SemanticModel is SemanticModel model
                ? optionValueType.ToMinimalDisplayString(model, site.Syntax.SpanStart)
                : optionValueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return "new " + type + "(" + _symbols.MemberCode(field, member, site) + ", " + SymbolDisplay.FormatLiteral(rawValue, quote: true) + ")";
        }

        private void CheckCompared(IOperation? rawValueSide, IOperation literalSide, Action<Diagnostic> report)
        {
            if (rawValueSide is not null
                && LiteralValue.TryReadConstantString(literalSide, out string text)
                && FieldOfRawValue(rawValueSide) is KnownField field)
            {
                OptionCheck.ReportIfNotAnOption(field, text, isStringLiteral: LiteralValue.IsWrittenAsLiteral(literalSide), LiteralValue.Unwrap(literalSide).Syntax.GetLocation(), report);
            }
        }

        /// <summary>The ENUM field behind <c>x.SchoolValue?.RawValue</c> (or any <c>OptionValue&lt;School&gt;.RawValue</c>).</summary>
        private KnownField? FieldOfRawValue(IOperation operation)
        {
            operation = LiteralValue.Unwrap(operation);
            while (operation is IConditionalAccessOperation conditional)
            {
                operation = LiteralValue.Unwrap(conditional.WhenNotNull);
            }

            return operation is IPropertyReferenceOperation { Property.Name: "RawValue" } rawValue
                ? FieldOfOptionType(rawValue.Property.ContainingType)
                : null;
        }

        private KnownField? FieldOfOptionType(INamedTypeSymbol? type)
        {
            if (type is not { IsGenericType: true, TypeArguments.Length: 1 }
                || !SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _symbols.OptionValue))
            {
                return null;
            }

            ITypeSymbol enumType = type.TypeArguments[0];
            return _symbols.ClassKeys(enumType.ContainingType)?.FindByEnumType(enumType.Name);
        }

        /// <summary>What a constant pattern is matched against: the value of its <c>is</c>, switch statement or switch expression.</summary>
        private static IOperation? PatternInput(IPatternOperation pattern)
        {
            IOperation? current = pattern;
            while (current?.Parent is IBinaryPatternOperation or INegatedPatternOperation)
            {
                current = current.Parent;
            }

            return current?.Parent switch
            {
                IIsPatternOperation isPattern => isPattern.Value,
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
                IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
                _ => null,
            };
        }
    }
}
