using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    public class SingleFieldFormTests
    {
        private readonly SingleFieldForm _form = new();

        [Fact]
        public void Claims_an_object_with_a_key()
        {
            Assert.True(FormTest.Claims(_form, "{\"key\":\"a\"}"));
            Assert.True(FormTest.Claims(_form, "{\"key\":1}"));
            Assert.False(FormTest.Claims(_form, "{\"label\":\"a\"}"));
        }

        [Fact]
        public void Reads_the_one_field_and_reports_a_bad_key_as_FG0003()
        {
            Assert.Equal(new[] { "DEPARTMENT:a" }, FormTest.Read(_form, "{\"key\":\"a\",\"targetType\":\"department\",\"dataType\":\"STRING\"}").Fields);
            var (form, fields, diagnostics) = FormTest.Read(_form, "{\"key\":1}");

            Assert.Equal(SchemaFileParser.FormFieldList, form);
            Assert.Empty(fields);
            Assert.Equal(new[] { "FG0003" }, diagnostics);
        }
    }
}
