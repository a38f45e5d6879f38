using System.Collections.Generic;
using System.Collections.Immutable;
using FieldGen.Benchmarks.Fixtures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FieldGen.Benchmarks.Generator
{
    /// <summary>
    /// Two equivalent projects of one size: FieldGen's (a schema file of N USER fields) and System.Text.Json's
    /// (a hand-written class of N properties plus a JsonSerializerContext), each with the same unrelated
    /// source file, plus the edits the benchmarks apply. Everything here is built once per size.
    /// </summary>
    internal sealed class GeneratorWorkload
    {
        public const string RootNamespace = "BenchApp";
        public const string SchemaPath = "/bench/BenchApp/user-fields.json";

        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);

        private static readonly CSharpCompilationOptions CompilationOptions =
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

        // Reference binding is shared the way the compiler server and the IDE share it between compilations.
        private static readonly CSharpCompilation ReferencesOnly = WarmReferences();

        public GeneratorWorkload(int fieldCount)
        {
            FieldCount = fieldCount;
            IReadOnlyList<FixtureField> fields = CustomFieldFixture.Fields(fieldCount);

            UnrelatedTree = Parse(UnrelatedSource("Hello"), "/bench/BenchApp/Greeter.cs");
            UnrelatedTreeEdited = Parse(UnrelatedSource("Hello again"), "/bench/BenchApp/Greeter.cs");

            Schema = new InMemoryAdditionalText(SchemaPath, CustomFieldFixture.SchemaJson(fieldCount));
            SchemaEdited = new InMemoryAdditionalText(SchemaPath, CustomFieldFixture.SchemaJson(fieldCount, labelEdit: "Renamed label"));
            Options = new SchemaOptionsProvider(RootNamespace, "UserCustomData");

            DtoTree = Parse(DtoSourceWriter.Write(fields, RootNamespace, "UserDto", sharedEnum: null), "/bench/BenchApp/UserDto.cs");
            DtoTreeEdited = Parse(DtoSourceWriter.Write(fields, RootNamespace, "UserDto", sharedEnum: null, renameKeyOf: fieldCount / 2), "/bench/BenchApp/UserDto.cs");
            ContextTree = Parse(ContextSource, "/bench/BenchApp/AppJsonContext.cs");
        }

        public int FieldCount { get; }

        public SyntaxTree UnrelatedTree { get; }

        public SyntaxTree UnrelatedTreeEdited { get; }

        public InMemoryAdditionalText Schema { get; }

        public InMemoryAdditionalText SchemaEdited { get; }

        public SchemaOptionsProvider Options { get; }

        public SyntaxTree DtoTree { get; }

        public SyntaxTree DtoTreeEdited { get; }

        public SyntaxTree ContextTree { get; }

        /// <summary>A new compilation of FieldGen's project: source symbols not yet bound, as after a fresh compiler start.</summary>
        public CSharpCompilation NewFieldGenCompilation() => ReferencesOnly.AddSyntaxTrees(UnrelatedTree);

        /// <summary>A new compilation of System.Text.Json's project.</summary>
        public CSharpCompilation NewStjCompilation() => ReferencesOnly.AddSyntaxTrees(UnrelatedTree, DtoTree, ContextTree);

        public GeneratorDriver NewFieldGenDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
            new[] { new CustomDataGenerator().AsSourceGenerator() },
            ImmutableArray.Create<AdditionalText>(Schema),
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        public GeneratorDriver NewStjDriver(ISourceGenerator stjGenerator, bool trackSteps = false) => CSharpGeneratorDriver.Create(
            new[] { stjGenerator },
            ImmutableArray<AdditionalText>.Empty,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path, System.Text.Encoding.UTF8);

        private static CSharpCompilation WarmReferences()
        {
            CSharpCompilation compilation = CSharpCompilation.Create(RootNamespace, references: ReferenceAssemblies.All, options: CompilationOptions);
            compilation.GetTypeByMetadataName("FieldGen.CustomData");
            compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializerContext");
            return compilation;
        }

        private static string UnrelatedSource(string greeting) =>
            "namespace BenchApp\n{\n" +
            "    public sealed class Greeter\n    {\n" +
            "        private readonly string _name;\n\n" +
            "        public Greeter(string name) => _name = name;\n\n" +
            "        public string Greet() => \"" + greeting + ", \" + _name;\n\n" +
            "        public int Count(string text)\n        {\n" +
            "            int n = 0;\n            foreach (char c in text)\n            {\n                if (c == ' ') { n++; }\n            }\n\n            return n;\n        }\n" +
            "    }\n}\n";

        private const string ContextSource =
            "namespace BenchApp\n{\n" +
            "    [global::System.Text.Json.Serialization.JsonSourceGenerationOptions(UseStringEnumConverter = true)]\n" +
            "    [global::System.Text.Json.Serialization.JsonSerializable(typeof(UserDto))]\n" +
            "    internal sealed partial class AppJsonContext : global::System.Text.Json.Serialization.JsonSerializerContext\n    {\n    }\n}\n";
    }
}
