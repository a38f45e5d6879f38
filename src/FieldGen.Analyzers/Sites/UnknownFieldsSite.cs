using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// Keys given to a generated class's <c>UnknownFields</c> (<c>user.UnknownFields.Set("age", ...)</c>,
    /// <c>TryGetValue</c>, <c>ContainsKey</c>, the indexer). A schema key there is a bug, since the class
    /// reads it into its typed property and never into the bag (FG1004); a key near a schema key is
    /// probably a typo (FG1005); any other key is what the bag is for.
    /// </summary>
    internal sealed class UnknownFieldsSite
    {
        private readonly FieldGenSymbols _symbols;

        public UnknownFieldsSite(FieldGenSymbols symbols)
        {
            _symbols = symbols;
        }

        public void AnalyzeInvocation(IInvocationOperation invocation, Action<Diagnostic> report)
        {
            if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _symbols.UnknownCustomFields)
                || KeyArgument(invocation.Arguments) is not IArgumentOperation key
                || OwnerKeys(invocation.Instance) is not KeySpace keys)
            {
                return;
            }

            IArgumentOperation? value = invocation.TargetMethod.Name == "Set" && invocation.Arguments.Length == 2 ? invocation.Arguments[1] : null;
            Check(key.Value, keys, value?.Value, report);
        }

        public void AnalyzeIndexer(IPropertyReferenceOperation indexer, Action<Diagnostic> report)
        {
            if (SymbolEqualityComparer.Default.Equals(indexer.Property.ContainingType, _symbols.UnknownCustomFields)
                && KeyArgument(indexer.Arguments) is IArgumentOperation key
                && OwnerKeys(indexer.Instance) is KeySpace keys)
            {
                Check(key.Value, keys, value: null, report);
            }
        }

        private void Check(IOperation key, KeySpace keys, IOperation? value, Action<Diagnostic> report)
        {
            if (!LiteralValue.TryReadConstantString(key, out string text))
            {
                return;
            }

            bool isLiteral = LiteralValue.IsWrittenAsLiteral(key);

            Location location = LiteralValue.Unwrap(key).Syntax.GetLocation();
            if (keys.TryGetField(text, out KnownField field))
            {
                ImmutableDictionary<string, string?> properties = TypedFix(ImmutableDictionary<string, string?>.Empty, field, value);
                report(Diagnostic.Create(DiagnosticDescriptors.SchemaKeyInUnknownFields, location, properties, MessageArguments.OneLine(new object?[] { text, keys.TargetType, field.PropertyDisplay })));
                return;
            }

            IReadOnlyList<string> suggestions = keys.Suggest(text);
            if (suggestions.Count > 0)
            {
                var replacements = new List<Replacement>();
                for (int i = 0; isLiteral && i < suggestions.Count; i++)
                {
                    replacements.Add(new Replacement("Use '" + suggestions[i] + "'", SymbolDisplay.FormatLiteral(suggestions[i], quote: true), DiagnosticIds.MisspelledUnknownFieldsKey + ".Suggestion" + i));
                }

                ImmutableDictionary<string, string?> properties = FixProperties.Create(replacements);

                // One clearly meant key: its typed property is the fix, as for FG1004 (an unclear one is left to the developer).
                if (suggestions.Count == 1 && keys.TryGetField(suggestions[0], out KnownField meant))
                {
                    properties = TypedFix(properties, meant, value);
                }

                report(Diagnostic.Create(DiagnosticDescriptors.MisspelledUnknownFieldsKey, location, properties, MessageArguments.OneLine(new object?[] { text, keys.TargetType, MessageText.Alternatives(suggestions) })));
            }
        }

        /// <summary>The typed property of <paramref name="field"/>, and the value as it takes it when that can be written.</summary>
        private ImmutableDictionary<string, string?> TypedFix(ImmutableDictionary<string, string?> properties, KnownField field, IOperation? value)
        {
            properties = properties.Add(FixProperties.TypedProperty, field.PropertyName);
            return value is not null && TypedValue.Of(value, field, _symbols) is string typed
                ? properties.Add(FixProperties.TypedValue, typed)
                : properties;
        }

        private static IArgumentOperation? KeyArgument(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter is { Name: "key", Type.SpecialType: SpecialType.System_String })
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The keys of the class whose <c>UnknownFields</c> this is; null for a bag held elsewhere, whose class cannot be known.</summary>
        private KeySpace? OwnerKeys(IOperation? instance) =>
            instance is not null && LiteralValue.Unwrap(instance) is IPropertyReferenceOperation { Property.Name: "UnknownFields" } owner
                ? _symbols.ClassKeys(owner.Property.ContainingType) ?? _symbols.ClassKeys(owner.Instance?.Type)
                : null;
    }
}
