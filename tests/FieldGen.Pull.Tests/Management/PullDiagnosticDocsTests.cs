using System.IO;
using System.Linq;
using System.Reflection;
using FieldGen.Management.Pull;
using FieldGen.Pull.Tests.Infrastructure;

namespace FieldGen.Pull.Tests.Management
{
    /// <summary>Every FG2xxx code has its own section in docs/diagnostics-pull.md, and its help link leads there.</summary>
    public sealed class PullDiagnosticDocsTests
    {
        [Fact]
        public void Every_code_is_documented_under_its_anchor()
        {
            string docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics-pull.md"));
            string[] codes = typeof(PullDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .Select(f => (string)f.GetRawConstantValue()!)
                .ToArray();

            Assert.Equal(13, codes.Length);
            Assert.All(codes, code =>
            {
                Assert.Contains("\n## " + code + "\n", docs);
                Assert.Equal(RepositoryPaths.RepositoryUrl + "/blob/main/docs/diagnostics-pull.md#" + code.ToLowerInvariant(), PullDiagnosticCodes.HelpLink(code));
            });
            Assert.Equal(codes.Length, codes.Distinct().Count());
        }
    }
}
