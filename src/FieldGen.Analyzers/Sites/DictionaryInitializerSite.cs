using System;
using FieldGen.Analyzers.Checks;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FieldGen.Analyzers.Sites
{
    /// <summary>
    /// A dictionary built by a collection initializer and passed to a parameter or property marked
    /// <c>[CustomFieldKey]</c>: <c>new Dictionary&lt;string, object&gt; { ["age"] = 18, { "school", "pku" } }</c>.
    /// Each element's key is checked, and its value against that key.
    /// </summary>
    internal sealed class DictionaryInitializerSite
    {
        private readonly AnnotationReader _annotations;
        private readonly KeyCheck _keys;

        public DictionaryInitializerSite(AnnotationReader annotations, KeyCheck keys)
        {
            _annotations = annotations;
            _keys = keys;
        }

        public void Analyze(IOperation collection, string targetType, Action<Diagnostic> report)
        {
            if (LiteralValue.Unwrap(collection) is not IObjectCreationOperation { Initializer: { } initializer })
            {
                return;
            }

            foreach (IOperation element in initializer.Initializers)
            {
                // An element through an annotated Add or indexer is checked where that member is used.
                switch (element)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: > 0 } indexer } assignment
                        when _annotations.ForParameters(indexer.Property) is null:
                        CheckPair(indexer.Arguments[0].Value, assignment.Value, targetType, report);
                        break;
                    case IInvocationOperation { Arguments.Length: 2 } add when _annotations.ForParameters(add.TargetMethod) is null:
                        CheckPair(add.Arguments[0].Value, add.Arguments[1].Value, targetType, report);
                        break;
                }
            }
        }

        private void CheckPair(IOperation key, IOperation value, string targetType, Action<Diagnostic> report)
        {
            _keys.Check(key, targetType, report);
            if (_keys.Resolve(key, targetType) is KnownField field)
            {
                ValueCheck.Check(value, field, report);
            }
        }
    }
}
