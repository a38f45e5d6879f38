using System.Threading.Tasks;
using FieldGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FieldGen.Analyzers.Tests.Support
{
    /// <summary>Short forms of the common test shapes.</summary>
    internal static class Verify
    {
        /// <summary>The usings a test source without generated classes starts with; <see cref="WrapperApi"/> ends it.</summary>
        public const string RuntimeUsings = "using System.Collections.Generic;\nusing FieldGen;\n";

        /// <summary>The usings every other test source starts with, the generated classes' namespace included.</summary>
        public const string Usings = RuntimeUsings + "using App;\n";

        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

        public static DiagnosticResult Hidden(string id) => new DiagnosticResult(id, DiagnosticSeverity.Hidden);

        /// <summary>Requires exactly <paramref name="expected"/> (markup <c>{|#0:...|}</c> locations) for <paramref name="source"/>.</summary>
        public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new FieldGenTest<ReplaceExpressionCodeFixProvider> { TestCode = Usings + source + WrapperApi.Source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>Requires the diagnostics and that fixing all of them with <paramref name="equivalenceKey"/> gives <paramref name="fixedSource"/>.</summary>
        public static Task FixAsync<TCodeFix>(string source, string fixedSource, string? equivalenceKey, params DiagnosticResult[] expected)
            where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
        {
            var test = new FieldGenTest<TCodeFix>
            {
                TestCode = Usings + source + WrapperApi.Source,
                FixedCode = Usings + fixedSource + WrapperApi.Source,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
