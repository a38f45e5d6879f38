using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FieldGen.Model;
using Microsoft.CodeAnalysis;

namespace FieldGen
{
    /// <summary>
    /// A <c>[JsonSerializable]</c> type of a <c>JsonSerializerContext</c> that reaches (through properties,
    /// arrays, generic arguments) a type the compilation cannot resolve: a class FieldGen generates, as
    /// the STJ generator sees it. Found here, by the generator, because the compiler runs no analyzer after
    /// the STJ generator's declaration errors (CS0246), so an analyzer's FG1009 would never reach a build log.
    /// </summary>
    internal readonly record struct JsonContextReach(string ContextName, string TypeName, string Path, SchemaLocation Location)
    {
        public const string SerializableAttribute = "System.Text.Json.Serialization.JsonSerializableAttribute";
        private const string ContextBase = "System.Text.Json.Serialization.JsonSerializerContext";
        private const int MaxDepth = 16;

        public static EquatableArray<JsonContextReach> Find(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (!(context.TargetSymbol is INamedTypeSymbol type) || !DerivesFromContext(type))
            {
                return EquatableArray<JsonContextReach>.Empty;
            }

            var found = new List<JsonContextReach>();
            foreach (AttributeData attribute in context.Attributes)
            {
                if (attribute.ConstructorArguments.Length == 0 || !(attribute.ConstructorArguments[0].Value is ITypeSymbol root))
                {
                    continue;
                }

                string? path = FindUnresolved(root, root.Name, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0, out ITypeSymbol? unresolved);
                SyntaxReference? syntax = attribute.ApplicationSyntaxReference;
                if (path is null || syntax is null)
                {
                    continue;
                }

                FileLinePositionSpan lines = syntax.SyntaxTree.GetLineSpan(syntax.Span, cancellationToken);
                var location = new SchemaLocation(syntax.SyntaxTree.FilePath, syntax.Span.Start, syntax.Span.Length, lines.StartLinePosition.Line, lines.StartLinePosition.Character, lines.EndLinePosition.Line, lines.EndLinePosition.Character);
                found.Add(new JsonContextReach(type.Name, unresolved!.Name, path, location));
            }

            return found.ToEquatableArray();
        }

        private static string? FindUnresolved(ITypeSymbol type, string path, HashSet<ITypeSymbol> seen, int depth, out ITypeSymbol? unresolved)
        {
            unresolved = null;
            if (depth > MaxDepth || !seen.Add(type))
            {
                return null;
            }

            if (type.TypeKind == TypeKind.Error)
            {
                unresolved = type;
                return path;
            }

            if (type is IArrayTypeSymbol array)
            {
                return FindUnresolved(array.ElementType, path + "[]", seen, depth + 1, out unresolved);
            }

            if (!(type is INamedTypeSymbol named))
            {
                return null;
            }

            // An unresolved 'UserCustomData?' binds as Nullable<UserCustomData>: the path stays 'AppUser.CustomData'.
            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return FindUnresolved(named.TypeArguments[0], path, seen, depth + 1, out unresolved);
            }

            foreach (ITypeSymbol argument in named.TypeArguments)
            {
                string? found = FindUnresolved(argument, path + "<" + argument.Name + ">", seen, depth + 1, out unresolved);
                if (found is not null)
                {
                    return found;
                }
            }

            // Types from assemblies cannot hold a FieldGen class generated here.
            if (!named.Locations.Any(l => l.IsInSource))
            {
                return null;
            }

            foreach (IPropertySymbol property in named.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer))
            {
                string? found = FindUnresolved(property.Type, path + "." + property.Name, seen, depth + 1, out unresolved);
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        private static bool DerivesFromContext(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.ToDisplayString() == ContextBase)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
