using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using FieldGen.Merging;
using FieldGen.Model;
using FieldGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen.Analyzers.Schema
{
    /// <summary>
    /// Reads the project's FieldGen schema files into a <see cref="SchemaCatalog"/> once per content:
    /// an IDE starts a compilation on every keystroke, but the schema files rarely change, so the
    /// catalog is keyed by each file's path, checksum and settings and parsed again only when one differs.
    /// </summary>
    internal static class SchemaCatalogCache
    {
        // A few entries cover the projects of a solution open at once; older ones are dropped.
        private const int Capacity = 16;
        private static readonly LinkedList<KeyValuePair<string, SchemaCatalog>> Recent = new LinkedList<KeyValuePair<string, SchemaCatalog>>();

        /// <summary>The catalog for these options, or null when the project has no FieldGen schema file.</summary>
        public static SchemaCatalog? Get(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var inputs = new List<(SchemaInput Input, SourceText? Text)>();
            foreach (AdditionalText file in options.AdditionalFiles)
            {
                AnalyzerConfigOptions fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
                if (SchemaInput.IsSchema(fileOptions))
                {
                    inputs.Add((SchemaInput.Create(file, fileOptions), file.GetText(cancellationToken)));
                }
            }

            if (inputs.Count == 0)
            {
                return null;
            }

            string defaultNamespace = GlobalSettings.ReadNamespace(options.AnalyzerConfigOptionsProvider.GlobalOptions);
            string key = CacheKey(inputs, defaultNamespace);
            lock (Recent)
            {
                for (LinkedListNode<KeyValuePair<string, SchemaCatalog>>? node = Recent.First; node is not null; node = node.Next)
                {
                    if (string.Equals(node.Value.Key, key, StringComparison.Ordinal))
                    {
                        Recent.Remove(node);
                        Recent.AddFirst(node);
                        return node.Value.Value;
                    }
                }
            }

            SchemaCatalog catalog = Build(inputs, defaultNamespace);
            lock (Recent)
            {
                Recent.AddFirst(new KeyValuePair<string, SchemaCatalog>(key, catalog));
                while (Recent.Count > Capacity)
                {
                    Recent.RemoveLast();
                }
            }

            return catalog;
        }

        private static SchemaCatalog Build(List<(SchemaInput Input, SourceText? Text)> inputs, string defaultNamespace)
        {
            IEnumerable<SchemaFileSpec> files = inputs.Select(i => SchemaFileParser.Parse(i.Input.File.Path, i.Text?.ToString() ?? string.Empty, i.Input.Options));
            return SchemaCatalog.Create(SchemaMerger.Merge(files, defaultNamespace));
        }

        private static string CacheKey(List<(SchemaInput Input, SourceText? Text)> inputs, string defaultNamespace)
        {
            var key = new StringBuilder(defaultNamespace);
            foreach ((SchemaInput input, SourceText? text) in inputs.OrderBy(i => i.Input.File.Path, StringComparer.Ordinal))
            {
                SchemaFileOptions o = input.Options;
                key.Append('\n').Append(input.File.Path)
                    .Append('|').Append(o.Namespace).Append('|').Append(o.ClassName)
                    .Append('|').Append(o.IncludeBuiltInFields ? '1' : '0')
                    .Append('|').Append(string.Join(";", o.TargetTypes))
                    .Append('|').Append(text is null ? "unreadable" : Hex(text.GetChecksum()));
            }

            return key.ToString();
        }

        private static string Hex(ImmutableArray<byte> bytes)
        {
            var hex = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }
    }
}
