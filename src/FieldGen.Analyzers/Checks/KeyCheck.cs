using System;
using System.Collections.Generic;
using FieldGen.Analyzers.Fixes;
using FieldGen.Analyzers.Mapping;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Symbols;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FieldGen.Analyzers.Checks
{
    /// <summary>
    /// Checks a key passed where an annotated API expects one: an unknown literal is FG1001 (with the
    /// nearest keys), a known literal gets the hidden FG1007 that offers the generated constant.
    /// </summary>
    internal sealed class KeyCheck
    {
        private readonly SchemaCatalog _catalog;
        private readonly FieldGenSymbols _symbols;

        public KeyCheck(SchemaCatalog catalog, FieldGenSymbols symbols)
        {
            _catalog = catalog;
            _symbols = symbols;
        }

        public void Check(IOperation key, string targetType, Action<Diagnostic> report)
        {
            // A target type the schema files do not cover is not checked: its fields were not exported.
            if (_catalog.ForTarget(targetType) is not KeySpace space || !LiteralValue.TryReadConstantString(key, out string text))
            {
                return;
            }

            bool isLiteral = LiteralValue.IsWrittenAsLiteral(key);
            Location location = LiteralValue.Unwrap(key).Syntax.GetLocation();
            if (space.TryGetField(text, out KnownField field))
            {
                // A named constant already has a name; only a literal is offered the generated one.
                if (isLiteral && _symbols.IsGenerated(field))
                {
                    var useConstant = new Replacement("Use " + field.KeyConstantDisplay, _symbols.MemberCode(field, field.KeyConstantPath, key), DiagnosticIds.UseKeyConstant + ".Constant");
                    report(Diagnostic.Create(DiagnosticDescriptors.UseKeyConstant, location, FixProperties.Create(new[] { useConstant }), MessageArguments.OneLine(new object?[] { field.TargetType, text, field.KeyConstantDisplay })));
                }

                return;
            }

            IReadOnlyList<string> suggestions = space.Suggest(text);
            string advice = suggestions.Count > 0
                ? "did you mean " + MessageText.Alternatives(suggestions) + "?"
                : space.Keys.Count > 0 ? "expected one of " + MessageText.List(space.Keys) : "the schema files define no " + space.TargetType + " key";
            report(Diagnostic.Create(DiagnosticDescriptors.UnknownKey, location, FixProperties.Create(Replacements(space, suggestions, key, isLiteral)), MessageArguments.OneLine(new object?[] { space.TargetType, text, advice })));
        }

        /// <summary>
        /// The field of a key that is any known constant (a literal or <c>UserCustomData.Keys.Age</c>), to check the
        /// value passed beside it; for <see cref="KeyTargets.Any"/> only a key that one target type alone defines.
        /// </summary>
        public KnownField? Resolve(IOperation key, string targetType) =>
            _catalog.ForTarget(targetType) is KeySpace space
            && LiteralValue.TryReadConstantString(key, out string text)
            && space.TryGetField(text, out KnownField field)
            && (targetType != KeyTargets.Any || _catalog.TargetsDefining(text) == 1)
                ? field
                : null;

        /// <summary>Literal suggestions replace a literal; a named constant is only offered the generated key constant, which names the key for it.</summary>
        private List<Replacement> Replacements(KeySpace space, IReadOnlyList<string> suggestions, IOperation site, bool isLiteral)
        {
            var replacements = new List<Replacement>();

            // The constant first: it is what FG1007 would offer for the corrected literal, so a one-pass
            // `dotnet format` (which takes each fix's first choice) ends where a second pass would.
            if (suggestions.Count > 0 && space.TryGetField(suggestions[0], out KnownField best) && _symbols.IsGenerated(best))
            {
                replacements.Add(new Replacement("Use " + best.KeyConstantDisplay, _symbols.MemberCode(best, best.KeyConstantPath, site), DiagnosticIds.UnknownKey + ".Constant"));
            }

            for (int i = 0; isLiteral && i < suggestions.Count; i++)
            {
                replacements.Add(new Replacement("Use '" + suggestions[i] + "'", SymbolDisplay.FormatLiteral(suggestions[i], quote: true), DiagnosticIds.UnknownKey + ".Suggestion" + i));
            }

            return replacements;
        }
    }
}
