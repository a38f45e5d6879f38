using System;
using FieldGen.Analyzers.Checks;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FieldGen.Analyzers.Sites
{
    /// <summary>
    /// Assignments to annotated properties: a key property (<c>item.Key = "age"</c>), a value property set
    /// beside its key in one object initializer (<c>new Item { Key = "age", Value = 18 }</c>), and the value
    /// assigned through an indexer marked <c>[CustomFieldValue]</c> (<c>data["age"] = 18</c>).
    /// </summary>
    internal sealed class PropertyAssignmentSite
    {
        private readonly AnnotationReader _annotations;
        private readonly KeyCheck _keys;
        private readonly ArgumentSite _arguments;
        private readonly DictionaryInitializerSite _dictionaries;

        public PropertyAssignmentSite(AnnotationReader annotations, KeyCheck keys, ArgumentSite arguments, DictionaryInitializerSite dictionaries)
        {
            _annotations = annotations;
            _keys = keys;
            _arguments = arguments;
            _dictionaries = dictionaries;
        }

        public void Analyze(ISimpleAssignmentOperation assignment, Action<Diagnostic> report)
        {
            if (assignment.Target is not IPropertyReferenceOperation target)
            {
                return;
            }

            if (target.Property.IsIndexer)
            {
                if (_annotations.ForParameters(target.Property) is { SetterValueKeyOrdinal: >= 0 } indexer
                    && _arguments.KeyField(target.Arguments, indexer.SetterValueKeyOrdinal, indexer) is KnownField indexed)
                {
                    ValueCheck.Check(assignment.Value, indexed, report);
                }

                return;
            }

            if (_annotations.ForProperty(target.Property) is not PropertyAnnotation annotation)
            {
                return;
            }

            if (annotation.KeyTarget is string targetType)
            {
                if (target.Property.Type.SpecialType == SpecialType.System_String)
                {
                    _keys.Check(assignment.Value, targetType, report);
                }
                else
                {
                    _dictionaries.Analyze(assignment.Value, targetType, report);
                }
            }

            if (annotation.ValueKeyProperty is IPropertySymbol keyProperty
                && annotation.ValueKeyTarget is string keyTarget
                && SiblingValue(assignment, keyProperty) is IOperation key
                && _keys.Resolve(key, keyTarget) is KnownField field)
            {
                ValueCheck.Check(assignment.Value, field, report);
            }
        }

        /// <summary>The value the same object initializer gives <paramref name="keyProperty"/>; outside an initializer the key is unknown.</summary>
        private static IOperation? SiblingValue(ISimpleAssignmentOperation assignment, IPropertySymbol keyProperty)
        {
            if (assignment.Parent is not IObjectOrCollectionInitializerOperation initializer)
            {
                return null;
            }

            foreach (IOperation sibling in initializer.Initializers)
            {
                if (sibling is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation reference } keyAssignment
                    && SymbolEqualityComparer.Default.Equals(reference.Property.OriginalDefinition, keyProperty.OriginalDefinition))
                {
                    return keyAssignment.Value;
                }
            }

            return null;
        }
    }
}
