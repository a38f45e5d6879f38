using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FieldGen.Analyzers.Tests.Support
{
    /// <summary>
    /// One analyzer (and code-fix) test as a FieldGen user's project would compile: .NET 8 reference
    /// assemblies, FieldGen.Runtime, a schema file marked <c>FieldGenSchema = true</c> in a .globalconfig,
    /// and the real generator adding <c>App.UserCustomData</c>.
    /// </summary>
    internal sealed class FieldGenTest<TCodeFix> : CSharpCodeFixTest<CustomFieldUsageAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public const string SchemaPath = "/0/custom-fields.json";

        // Net80 asks for Microsoft.NETCore.App.Ref 8.0.0, which the NuGet mirror here lacks; any 8.0.x has the same API.
        internal static readonly ReferenceAssemblies Net80 = new ReferenceAssemblies(
            "net8.0",
            new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.31"),
            System.IO.Path.Combine("ref", "net8.0"));

        /// <param name="schema">The schema file's text, or null for none.</param>
        /// <param name="markedAsSchema">Whether the file is marked <c>FieldGenSchema = true</c>.</param>
        /// <param name="globalOptions">Lines for the .globalconfig's global section, e.g. <c>fieldgen.custom_field_key_members = ...</c>.</param>
        public FieldGenTest(string? schema = Schemas.UserAndRole, bool markedAsSchema = true, string globalOptions = "")
        {
            ReferenceAssemblies = Net80;
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(UnknownCustomFields).Assembly.Location));
            if (schema is not null)
            {
                TestState.AdditionalFiles.Add((SchemaPath, schema));
            }

            string marker = markedAsSchema ? $"[{SchemaPath}]\nbuild_metadata.AdditionalFiles.FieldGenSchema = true\n" : string.Empty;
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.RootNamespace = App\n" + globalOptions + marker));

            // The generated class is the generator's business (its own tests snapshot it); here it is only compiled against.
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators()
        {
            yield return typeof(CustomDataGenerator);
        }
    }
}
