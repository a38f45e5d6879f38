using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    public class NormalizedFileFormTests
    {
        private readonly NormalizedFileForm _form = new();

        [Fact]
        public void Claims_an_object_with_the_version_member()
        {
            Assert.True(FormTest.Claims(_form, "{\"fieldgenSchema\":1}"));
            Assert.False(FormTest.Claims(_form, "{\"fields\":{}}"));
            Assert.False(FormTest.Claims(_form, "[{\"fieldgenSchema\":1}]"));
        }

        [Fact]
        public void Reads_fields_keyed_by_target_type()
        {
            var (form, fields, diagnostics) = FormTest.Read(_form, "{\"fieldgenSchema\":1,\"fields\":{\"ROLE\":[{\"key\":\"a\",\"dataType\":\"STRING\"}],\"USER\":[]}}");

            Assert.Equal(SchemaFileParser.FormNormalized, form);
            Assert.Equal(new[] { "ROLE:a" }, fields);
            Assert.Empty(diagnostics);
        }

        [Theory]
        [InlineData("{\"fieldgenSchema\":2,\"fields\":{}}")]
        [InlineData("{\"fieldgenSchema\":\"1\",\"fields\":{}}")]
        [InlineData("{\"fieldgenSchema\":1}")]
        [InlineData("{\"fieldgenSchema\":1,\"fields\":[]}")]
        public void Another_version_or_no_fields_object_is_FG0002(string json)
        {
            var (form, fields, diagnostics) = FormTest.Read(_form, json);

            Assert.Equal(SchemaFileParser.FormInvalid, form);
            Assert.Empty(fields);
            Assert.Equal(new[] { "FG0002" }, diagnostics);
        }
    }
}
