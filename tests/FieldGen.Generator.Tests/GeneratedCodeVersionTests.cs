using System.Reflection;
using System.Text.RegularExpressions;
using FieldGen.Generator.Tests.Infrastructure;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>The <c>[GeneratedCode]</c> version is the generator's own, not a constant written into the emitter.</summary>
    public class GeneratedCodeVersionTests
    {
        [Fact]
        public void GeneratedCode_attribute_carries_the_generator_assembly_version()
        {
            string source = GeneratorHarness.Run(Examples.File("v3-get-custom-fields.doc-sample.json")).Source("UserCustomData.g.cs");

            string informational = typeof(FieldGen.Emit.CustomDataClassEmitter).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
            string expected = informational.Split('+')[0];
            Match written = Regex.Match(source, "GeneratedCode\\(\"FieldGen\", \"([^\"]*)\"\\)");
            Assert.True(written.Success, "no [GeneratedCode] attribute");
            Assert.Equal(expected, written.Groups[1].Value);
            // MinVer's form: 1.2.3 for a tag, 0.0.0-alpha.0.N.gCOMMIT otherwise; never build metadata.
            Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", written.Groups[1].Value);
        }
    }
}
