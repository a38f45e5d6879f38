using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen.Analyzers.Tests.Support
{
    /// <summary>The <see cref="AnalyzerOptions"/> a compiler would pass: additional files with their per-file metadata.</summary>
    internal static class TestAnalyzerOptions
    {
        public static AnalyzerOptions Create(params (string Path, string Text, bool IsSchema)[] files)
        {
            var texts = files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
            var perFile = files.ToDictionary(
                f => f.Path,
                f => f.IsSchema ? new Options(("build_metadata.AdditionalFiles.FieldGenSchema", "true")) : new Options());
            return new AnalyzerOptions(texts, new Provider(perFile));
        }

        private sealed class InMemoryText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text, System.Text.Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(params (string Key, string Value)[] values)
            {
                _values = values.ToDictionary(v => v.Key, v => v.Value);
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }

        private sealed class Provider : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<string, Options> _perFile;

            public Provider(Dictionary<string, Options> perFile)
            {
                _perFile = perFile;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(("build_property.RootNamespace", "App"));

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options();

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _perFile[textFile.Path];
        }
    }
}
