using System;
using System.Collections.Generic;
using FieldGen.Analyzers.Schema;
using Microsoft.CodeAnalysis;

namespace FieldGen.Analyzers.Symbols
{
    /// <summary>
    /// The FieldGen runtime types one compilation sees and the classes generated from its schema,
    /// resolved once at compilation start so each operation callback compares symbols only.
    /// </summary>
    internal sealed class FieldGenSymbols
    {
        private readonly Dictionary<INamedTypeSymbol, KeySpace> _classes;
        private readonly Dictionary<string, INamedTypeSymbol> _classesByName;
        private readonly Dictionary<object, string> _targetNames;

        private FieldGenSymbols(
            INamedTypeSymbol? keyAttribute,
            INamedTypeSymbol? valueAttribute,
            INamedTypeSymbol unknownCustomFields,
            INamedTypeSymbol? optionValue,
            Dictionary<INamedTypeSymbol, KeySpace> classes,
            Dictionary<string, INamedTypeSymbol> classesByName,
            Dictionary<object, string> targetNames)
        {
            KeyAttribute = keyAttribute;
            ValueAttribute = valueAttribute;
            UnknownCustomFields = unknownCustomFields;
            OptionValue = optionValue;
            _classes = classes;
            _targetNames = targetNames;
            _classesByName = classesByName;
        }

        /// <summary><c>FieldGen.CustomFieldKeyAttribute</c>, or null with a runtime older than the annotations.</summary>
        public INamedTypeSymbol? KeyAttribute { get; }

        /// <summary><c>FieldGen.CustomFieldValueAttribute</c>.</summary>
        public INamedTypeSymbol? ValueAttribute { get; }

        /// <summary><c>FieldGen.UnknownCustomFields</c>.</summary>
        public INamedTypeSymbol UnknownCustomFields { get; }

        /// <summary>The open generic <c>FieldGen.OptionValue&lt;TEnum&gt;</c>.</summary>
        public INamedTypeSymbol? OptionValue { get; }

        /// <summary>Null when the compilation does not reference FieldGen.Runtime: then no API can hold a checked key.</summary>
        public static FieldGenSymbols? Resolve(Compilation compilation, SchemaCatalog catalog)
        {
            INamedTypeSymbol? unknownFields = compilation.GetTypeByMetadataName("FieldGen.UnknownCustomFields");
            if (unknownFields is null)
            {
                return null;
            }

            var classes = new Dictionary<INamedTypeSymbol, KeySpace>(SymbolEqualityComparer.Default);
            var classesByName = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
            foreach (GeneratedClass generated in catalog.Classes)
            {
                if (compilation.GetTypeByMetadataName(generated.MetadataName) is INamedTypeSymbol type)
                {
                    classes[type] = generated.Keys;
                    classesByName[generated.MetadataName] = type;
                }
            }

            var targetNames = new Dictionary<object, string>();
            if (compilation.GetTypeByMetadataName("FieldGen.CustomFieldTarget") is INamedTypeSymbol target)
            {
                foreach (ISymbol member in target.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: not null } field)
                    {
                        targetNames[field.ConstantValue] = field.Name.ToUpperInvariant();
                    }
                }
            }

            return new FieldGenSymbols(
                compilation.GetTypeByMetadataName("FieldGen.CustomFieldKeyAttribute"),
                compilation.GetTypeByMetadataName("FieldGen.CustomFieldValueAttribute"),
                unknownFields,
                compilation.GetTypeByMetadataName("FieldGen.OptionValue`1"),
                classes,
                classesByName,
                targetNames);
        }

        /// <summary>The keys of a generated class, or null for any other type.</summary>
        public KeySpace? ClassKeys(ITypeSymbol? type) =>
            type is INamedTypeSymbol named && _classes.TryGetValue(named, out KeySpace? keys) ? keys : null;

        /// <summary>True when the class that declares <paramref name="field"/> exists in this compilation, so code may name its members.</summary>
        public bool IsGenerated(KnownField field) => _classesByName.ContainsKey(field.ClassMetadataName);

        /// <summary>
        /// A member of the field's class as code at <paramref name="site"/>: <c>UserCustomData.Keys.Age</c> where
        /// the namespace is imported, <c>App.UserCustomData.Keys.Age</c> where it is not. Written here, with the
        /// compilation at hand, so a fix needs no binding to shorten it.
        /// </summary>
        public string MemberCode(KnownField field, string memberPath, IOperation site)
        {
            string type = _classesByName.TryGetValue(field.ClassMetadataName, out INamedTypeSymbol? symbol) && site.SemanticModel is SemanticModel model
                ? symbol.ToMinimalDisplayString(model, site.Syntax.SpanStart)
                : "global::" + field.ClassMetadataName;
            return type + "." + memberPath;
        }

        /// <summary>The wire name (USER...) of a <c>CustomFieldTarget</c> attribute argument.</summary>
        public string? TargetName(TypedConstant argument) =>
            argument.Value is not null && _targetNames.TryGetValue(argument.Value, out string? name) ? name : null;
    }
}
