using System;
using System.Collections.Generic;
using FieldGen.Analyzers.Fixes;
using FieldGen.Analyzers.Schema;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FieldGen.Analyzers.Checks
{
    /// <summary>Reports FG1002: a literal meant as an ENUM field's value that is none of its options.</summary>
    internal static class OptionCheck
    {
        /// <summary>True when it reported; false when <paramref name="text"/> is an option or the field lists none.</summary>
        public static bool ReportIfNotAnOption(KnownField field, string text, bool isStringLiteral, Location location, Action<Diagnostic> report)
        {
            if (field.OptionValues.Count == 0 || field.HasOption(text))
            {
                return false;
            }

            IReadOnlyList<string> suggestions = Similarity.Nearest(text, field.OptionValues);
            Report(field, text, suggestions, isStringLiteral, location, report);
            return true;
        }

        public static void Report(KnownField field, string text, IReadOnlyList<string> suggestions, bool isStringLiteral, Location location, Action<Diagnostic> report)
        {
            var replacements = new List<Replacement>();
            for (int i = 0; isStringLiteral && i < suggestions.Count; i++)
            {
                replacements.Add(new Replacement("Use '" + suggestions[i] + "'", SymbolDisplay.FormatLiteral(suggestions[i], quote: true), DiagnosticIds.UnknownOption + ".Suggestion" + i));
            }

            string didYouMean = suggestions.Count > 0 ? "; did you mean " + MessageText.Alternatives(suggestions) + "?" : string.Empty;
            report(Diagnostic.Create(
                DiagnosticDescriptors.UnknownOption,
                location,
                FixProperties.Create(replacements),
                MessageArguments.OneLine(new object?[] { text, field.TargetType, field.Key, MessageText.List(field.OptionValues), didYouMean })));
        }
    }
}
