using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace FieldGen.Analyzers.Tests
{
    /// <summary>Every analyzer diagnostic is a product: a help link that leads to its own section of the docs.</summary>
    public sealed class DiagnosticDocsTests
    {
        private static readonly string Docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "diagnostics.md"));

        /// <summary>FieldGenRepositoryUrl from Directory.Build.props, which the help links are built from.</summary>
        private static readonly string RepositoryUrl = typeof(DiagnosticDocsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FieldGenRepositoryUrl").Value!;

        [Fact]
        public void Every_diagnostic_is_FG1xxx_with_its_help_anchor()
        {
            foreach (DiagnosticDescriptor descriptor in new CustomFieldUsageAnalyzer().SupportedDiagnostics.Append(FieldGen.Diagnostics.DiagnosticDescriptors.JsonContextReachesGeneratedClass))
            {
                Assert.Matches("^FG1[0-9]{3}$", descriptor.Id);
                Assert.Equal(RepositoryUrl + "/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
                Assert.Equal("FieldGen.Usage", descriptor.Category);
            }
        }

        // FG1009 (FieldGen.Usage) is reported by the generator: csc runs no analyzer after the STJ generator's CS0246.
        [Fact]
        public void Every_diagnostic_has_a_doc_section()
        {
            string[] headings = Regex.Matches(Docs, "^## (FG1[0-9]{3})", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

            var ids = new CustomFieldUsageAnalyzer().SupportedDiagnostics.Append(FieldGen.Diagnostics.DiagnosticDescriptors.JsonContextReachesGeneratedClass).Select(d => d.Id);
            Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), headings);
        }
    }
}
