using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FieldGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FieldGen.Analyzers
{
    /// <summary>
    /// FG1009: a <c>JsonSerializerContext</c> whose <c>[JsonSerializable]</c> types reach (through
    /// properties, arrays, generic arguments) a class FieldGen generates in the same compilation. The
    /// STJ generator cannot see it and fails with cryptic errors; this names the cause and the fix.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class JsonContextAnalyzer : DiagnosticAnalyzer
    {
        private const int MaxDepth = 16;

        // The generator's output trees are named after it: <assembly>/FieldGen.CustomDataGenerator/<hint>.
        private const string GeneratorPathSegment = "FieldGen.CustomDataGenerator";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.JsonContextReachesGeneratedClass);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? jsonContext = start.Compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializerContext");
                INamedTypeSymbol? serializable = start.Compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializableAttribute");
                INamedTypeSymbol? customData = start.Compilation.GetTypeByMetadataName("FieldGen.ICustomData");
                if (jsonContext is null || serializable is null || customData is null)
                {
                    return;
                }

                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, jsonContext, serializable, customData), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol jsonContext, INamedTypeSymbol serializable, INamedTypeSymbol customData)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!DerivesFrom(type, jsonContext))
            {
                return;
            }

            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, serializable)
                    || attribute.ConstructorArguments.Length == 0
                    || !(attribute.ConstructorArguments[0].Value is ITypeSymbol root))
                {
                    continue;
                }

                string? path = FindGenerated(root, root.Name, customData, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0, out ITypeSymbol? generated);
                if (path is null)
                {
                    continue;
                }

                Location location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? type.Locations.FirstOrDefault() ?? Location.None;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.JsonContextReachesGeneratedClass, location, type.Name, generated!.Name, path));
            }
        }

        /// <summary>The member path from the root to a generated class, or null.</summary>
        private static string? FindGenerated(ITypeSymbol type, string path, INamedTypeSymbol customData, HashSet<ITypeSymbol> seen, int depth, out ITypeSymbol? generated)
        {
            generated = null;
            if (depth > MaxDepth || !seen.Add(type))
            {
                return null;
            }

            if (IsGeneratedHere(type, customData))
            {
                generated = type;
                return path;
            }

            if (type is IArrayTypeSymbol array)
            {
                return FindGenerated(array.ElementType, path + "[]", customData, seen, depth + 1, out generated);
            }

            if (!(type is INamedTypeSymbol named))
            {
                return null;
            }

            foreach (ITypeSymbol argument in named.TypeArguments)
            {
                string? found = FindGenerated(argument, path + "<" + argument.Name + ">", customData, seen, depth + 1, out generated);
                if (found is not null)
                {
                    return found;
                }
            }

            // Members of types from assemblies are visible to the STJ generator; only this compilation's types can hide one.
            if (!named.Locations.Any(l => l.IsInSource))
            {
                return null;
            }

            foreach (IPropertySymbol property in named.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer))
            {
                string? found = FindGenerated(property.Type, path + "." + property.Name, customData, seen, depth + 1, out generated);
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        private static bool IsGeneratedHere(ITypeSymbol type, INamedTypeSymbol customData) =>
            type.AllInterfaces.Contains(customData, SymbolEqualityComparer.Default)
            && type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree.FilePath.Contains(GeneratorPathSegment));

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
        {
            for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
