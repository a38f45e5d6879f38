using System;
using FieldGen.Analyzers.Checks;
using FieldGen.Analyzers.Mapping;
using FieldGen.Analyzers.Schema;
using FieldGen.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FieldGen.Analyzers.Sites
{
    /// <summary>
    /// Assignments to annotated properties: a key property (<c>item.Key = "age"</c>), a value property set
    /// beside its key in one object initializer (<c>new Item { Key = "age", Value = 18 }</c>), and the value
    /// assigned through an indexer marked <c>[CustomFieldValue]</c> (<c>data["age"] = 18</c>). Mapped third-party
    /// properties too: <c>new SetCustomDataReqDto { TargetType = ...ROLE, List = { new SetCustomDataDto { Key = "level" } } }</c>
    /// checks the key against ROLE, read from the request around it.
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

            if (annotation.KeyTarget is string declaredTarget)
            {
                string targetType = ResolveTarget(declaredTarget, assignment);
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
                && _keys.Resolve(key, ResolveTarget(keyTarget, assignment)) is KnownField field)
            {
                ValueCheck.Check(assignment.Value, field, report);
            }
        }

        /// <summary>
        /// A <see cref="KeyTargets.FromEnclosingMember"/> target read from the nearest enclosing object
        /// initializer that sets that member to a constant (an enum member such as <c>targetType.ROLE</c>, or a
        /// string); <see cref="KeyTargets.Any"/> when none does. Any other target is returned as it is.
        /// </summary>
        private static string ResolveTarget(string target, ISimpleAssignmentOperation assignment)
        {
            if (KeyTargets.EnclosingMemberOf(target) is not string member)
            {
                return target;
            }

            for (IOperation? current = assignment.Parent?.Parent; current is not null; current = current.Parent)
            {
                if (current is IObjectOrCollectionInitializerOperation initializer && MemberValue(initializer, member) is IOperation value)
                {
                    return TargetName(value) ?? KeyTargets.Any;
                }
            }

            return KeyTargets.Any;
        }

        private static IOperation? MemberValue(IObjectOrCollectionInitializerOperation initializer, string member)
        {
            foreach (IOperation sibling in initializer.Initializers)
            {
                if (sibling is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation reference } set && reference.Property.Name == member)
                {
                    return set.Value;
                }
            }

            return null;
        }

        private static string? TargetName(IOperation value)
        {
            IOperation bare = LiteralValue.Unwrap(value);
            string? name = bare switch
            {
                IFieldReferenceOperation { Field: { HasConstantValue: true, ContainingType.TypeKind: TypeKind.Enum } field } => field.Name,
                _ when bare.ConstantValue is { HasValue: true, Value: string text } => text,
                _ => null,
            };
            return name?.ToUpperInvariant();
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
