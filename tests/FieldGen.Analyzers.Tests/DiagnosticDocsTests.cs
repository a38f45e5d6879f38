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

        /// <summary>The descriptors the generator assembly carries (FG0xxx and FG1009), read from the DLL the package ships.</summary>
        private static readonly DiagnosticDescriptor[] GeneratorDescriptors = DescriptorsOf(typeof(CustomDataGenerator).Assembly);

        private static readonly DiagnosticDescriptor JsonContextReachesGeneratedClass = GeneratorDescriptors.Single(d => d.Id == "FG1009");

        [Fact]
        public void Every_diagnostic_is_FG1xxx_with_its_help_anchor()
        {
            foreach (DiagnosticDescriptor descriptor in new CustomFieldUsageAnalyzer().SupportedDiagnostics.Append(JsonContextReachesGeneratedClass))
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

            var ids = new CustomFieldUsageAnalyzer().SupportedDiagnostics.Append(JsonContextReachesGeneratedClass).Select(d => d.Id);
            Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), headings);
        }

        // Each assembly carries its own descriptors and tracks them in its own release files (RS2008).
        [Fact]
        public void The_analyzers_carry_their_descriptors_and_the_generator_its_own()
        {
            DiagnosticDescriptor[] analyzers = DescriptorsOf(typeof(CustomFieldUsageAnalyzer).Assembly);
            string releases = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "FieldGen.Analyzers", "AnalyzerReleases.Unshipped.md"));

            Assert.Equal(new CustomFieldUsageAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), analyzers.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Empty(analyzers.Select(d => d.Id).Intersect(GeneratorDescriptors.Select(d => d.Id)));
            Assert.All(analyzers, d => Assert.Contains(d.Id + " | " + d.Category + " | " + d.DefaultSeverity + " |", releases));
            Assert.DoesNotContain("FG0", releases);
        }

        private static DiagnosticDescriptor[] DescriptorsOf(Assembly assembly) =>
            assembly.GetType("FieldGen.Diagnostics.DiagnosticDescriptors", throwOnError: true)!
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .ToArray();

        private static string RepositoryRoot()
        {
            string? folder = AppContext.BaseDirectory;
            while (folder is not null && !File.Exists(Path.Combine(folder, "FieldGen.sln")))
            {
                folder = Path.GetDirectoryName(folder);
            }

            return folder ?? throw new InvalidOperationException("FieldGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
