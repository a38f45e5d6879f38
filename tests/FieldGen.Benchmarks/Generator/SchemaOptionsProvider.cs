using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FieldGen.Benchmarks.Generator
{
    /// <summary>
    /// The analyzer config a project with <c>&lt;FieldGenSchema Include="..." /&gt;</c> gives the compiler:
    /// every .json AdditionalFiles item carries <c>build_metadata.AdditionalFiles.FieldGenSchema = true</c>
    /// (the generator ignores any other), and the project's RootNamespace is visible.
    /// </summary>
    internal sealed class SchemaOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

        private readonly AnalyzerConfigOptions _schemaOptions;

        public SchemaOptionsProvider(string rootNamespace, string className)
        {
            GlobalOptions = new DictionaryOptions(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = rootNamespace,
            });
            _schemaOptions = new DictionaryOptions(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.FieldGenSchema"] = "true",
                ["build_metadata.AdditionalFiles.FieldGenClassName"] = className,
                ["build_metadata.AdditionalFiles.FieldGenNamespace"] = string.Empty,
                ["build_metadata.AdditionalFiles.FieldGenTargetTypes"] = string.Empty,
                ["build_metadata.AdditionalFiles.FieldGenIncludeBuiltInFields"] = string.Empty,
            });
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase) ? _schemaOptions : Empty;

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public DictionaryOptions(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
