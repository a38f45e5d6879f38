using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using FieldGen.Analyzers.Mapping;
using Microsoft.CodeAnalysis;

namespace FieldGen.Analyzers.Symbols
{
    /// <summary>
    /// Reads <c>[CustomFieldKey]</c> and <c>[CustomFieldValue]</c> from the members user code calls, and
    /// the <see cref="MemberMap"/> for properties of code the user does not own (the official SDK), once
    /// per member and compilation: most calls are to unannotated members, and the cached "none" makes
    /// them cost one dictionary lookup.
    /// </summary>
    internal sealed class AnnotationReader
    {
        // Vendor.Api.Outer.Inner: the name a .globalconfig entry writes, with dots for nested types too.
        private static readonly SymbolDisplayFormat TypeNameFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.None);

        private readonly FieldGenSymbols _symbols;
        private readonly MemberMap _map;
        private readonly ConcurrentDictionary<ISymbol, ParameterAnnotations?> _parameters = new ConcurrentDictionary<ISymbol, ParameterAnnotations?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IPropertySymbol, PropertyAnnotation?> _properties = new ConcurrentDictionary<IPropertySymbol, PropertyAnnotation?>(SymbolEqualityComparer.Default);

        public AnnotationReader(FieldGenSymbols symbols, MemberMap map)
        {
            _symbols = symbols;
            _map = map;
        }

        /// <summary>True when the runtime referenced has the attributes at all.</summary>
        public bool Enabled => _symbols.KeyAttribute is not null;

        /// <summary>The annotations of a method's, constructor's or indexer's parameters, or null when none is annotated.</summary>
        public ParameterAnnotations? ForParameters(ISymbol member) =>
            Enabled ? _parameters.GetOrAdd(member.OriginalDefinition, ReadParameters) : null;

        /// <summary>The annotation or mapping of a property (not an indexer), or null when it has none.</summary>
        public PropertyAnnotation? ForProperty(IPropertySymbol property) =>
            _properties.GetOrAdd((IPropertySymbol)property.OriginalDefinition, ReadProperty);

        private ParameterAnnotations? ReadParameters(ISymbol member)
        {
            ImmutableArray<IParameterSymbol> parameters = member switch
            {
                IMethodSymbol method => method.Parameters,
                IPropertySymbol property => property.Parameters,
                _ => ImmutableArray<IParameterSymbol>.Empty,
            };
            if (parameters.IsEmpty)
            {
                return null;
            }

            var keyTargets = new string?[parameters.Length];
            bool any = false;
            for (int i = 0; i < parameters.Length; i++)
            {
                keyTargets[i] = KeyTarget(parameters[i]);
                any |= keyTargets[i] is not null;
            }

            // [CustomFieldKey] on an indexer marks its string parameter.
            if (member is IPropertySymbol marked && KeyTarget(marked) is string indexerTarget && FirstString(parameters) is int keyOrdinal)
            {
                keyTargets[keyOrdinal] ??= indexerTarget;
                any = true;
            }

            var valueKeys = new int[parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
            {
                valueKeys[i] = Find(_symbols.ValueAttribute, parameters[i].GetAttributes()) is AttributeData value
                    ? KeyOrdinal(parameters, keyTargets, KeyMemberName(value))
                    : -1;
                any |= valueKeys[i] >= 0;
            }

            int setterKey = member is IPropertySymbol indexer && Find(_symbols.ValueAttribute, indexer.GetAttributes()) is AttributeData setter
                ? KeyOrdinal(parameters, keyTargets, KeyMemberName(setter))
                : -1;
            return any || setterKey >= 0 ? new ParameterAnnotations(keyTargets, valueKeys, setterKey) : null;
        }

        private PropertyAnnotation? ReadProperty(IPropertySymbol property)
        {
            string? keyTarget = KeyTarget(property) ?? Mapped(property)?.KeyTarget;
            IPropertySymbol? valueKey = null;
            if (Find(_symbols.ValueAttribute, property.GetAttributes()) is AttributeData value)
            {
                string? name = KeyMemberName(value);
                valueKey = property.ContainingType.GetMembers()
                    .OfType<IPropertySymbol>()
                    .Where(p => !p.IsIndexer && (name is null || p.Name == name) && KeyTarget(p) is not null)
                    .Take(2)
                    .ToArray() is { Length: 1 } single ? single[0] : null;
            }
            else if (Mapped(property)?.ValueKeyMember is string keyMember)
            {
                valueKey = property.ContainingType.GetMembers(keyMember).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsIndexer);
            }

            string? valueKeyTarget = valueKey is null ? null : KeyTarget(valueKey) ?? Mapped(valueKey)?.KeyTarget;
            if (valueKeyTarget is null)
            {
                valueKey = null;
            }

            return keyTarget is null && valueKey is null ? null : new PropertyAnnotation(keyTarget, valueKey, valueKeyTarget);
        }

        private MappedMember? Mapped(IPropertySymbol property) =>
            _map.Find(property.ContainingType.ToDisplayString(TypeNameFormat), property.Name);

        private string? KeyTarget(ISymbol symbol) =>
            Find(_symbols.KeyAttribute, symbol.GetAttributes()) is { ConstructorArguments: { Length: 1 } arguments }
                ? _symbols.TargetName(arguments[0])
                : null;

        private static int KeyOrdinal(ImmutableArray<IParameterSymbol> parameters, string?[] keyTargets, string? name)
        {
            // Named: that parameter, if it is a key. Unnamed: the only key parameter.
            int found = -1;
            for (int i = 0; i < parameters.Length; i++)
            {
                if (keyTargets[i] is null || (name is not null && parameters[i].Name != name))
                {
                    continue;
                }

                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }

            return found;
        }

        private static int? FirstString(ImmutableArray<IParameterSymbol> parameters)
        {
            for (int i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].Type.SpecialType == SpecialType.System_String)
                {
                    return i;
                }
            }

            return null;
        }

        private static string? KeyMemberName(AttributeData value) =>
            value.ConstructorArguments is { Length: 1 } arguments ? arguments[0].Value as string : null;

        private static AttributeData? Find(INamedTypeSymbol? attribute, ImmutableArray<AttributeData> attributes)
        {
            if (attribute is null)
            {
                return null;
            }

            foreach (AttributeData data in attributes)
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return data;
                }
            }

            return null;
        }
    }
}
