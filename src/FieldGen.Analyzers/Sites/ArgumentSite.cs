using System;
using System.Collections.Immutable;
using FieldGen.Analyzers.Checks;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FieldGen.Analyzers.Sites
{
    /// <summary>
    /// Arguments of a call, a constructor (<c>new SetCustomDataItem("age", 18)</c>, collection
    /// initializer <c>Add</c>s included) or an indexer whose parameters carry <c>[CustomFieldKey]</c> or
    /// <c>[CustomFieldValue]</c>.
    /// </summary>
    internal sealed class ArgumentSite
    {
        private readonly AnnotationReader _annotations;
        private readonly KeyCheck _keys;
        private readonly DictionaryInitializerSite _dictionaries;

        public ArgumentSite(AnnotationReader annotations, KeyCheck keys, DictionaryInitializerSite dictionaries)
        {
            _annotations = annotations;
            _keys = keys;
            _dictionaries = dictionaries;
        }

        public void Analyze(ISymbol member, ImmutableArray<IArgumentOperation> arguments, Action<Diagnostic> report)
        {
            if (arguments.IsEmpty || _annotations.ForParameters(member) is not ParameterAnnotations annotations)
            {
                return;
            }

            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter is not IParameterSymbol parameter
                    || argument.ArgumentKind != ArgumentKind.Explicit
                    || parameter.Ordinal >= annotations.KeyTargets.Length)
                {
                    continue;
                }

                if (annotations.KeyTargets[parameter.Ordinal] is string targetType)
                {
                    if (parameter.Type.SpecialType == SpecialType.System_String)
                    {
                        _keys.Check(argument.Value, targetType, report);
                    }
                    else
                    {
                        _dictionaries.Analyze(argument.Value, targetType, report);
                    }
                }

                int keyOrdinal = annotations.ValueKeyOrdinals[parameter.Ordinal];
                if (keyOrdinal >= 0 && KeyField(arguments, keyOrdinal, annotations) is KnownField field)
                {
                    ValueCheck.Check(argument.Value, field, report);
                }
            }
        }

        /// <summary>The field of the key argument at <paramref name="keyOrdinal"/>, when it is a known constant.</summary>
        public KnownField? KeyField(ImmutableArray<IArgumentOperation> arguments, int keyOrdinal, ParameterAnnotations annotations)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Ordinal == keyOrdinal && annotations.KeyTargets[keyOrdinal] is string targetType)
                {
                    return _keys.Resolve(argument.Value, targetType);
                }
            }

            return null;
        }
    }
}
