using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    public class FieldArrayFormTests
    {
        private readonly FieldArrayForm _form = new();

        [Fact]
        public void Claims_any_array_and_no_object()
        {
            Assert.True(FormTest.Claims(_form, "[]"));
            Assert.True(FormTest.Claims(_form, "[1]"));
            Assert.False(FormTest.Claims(_form, "{\"key\":\"a\"}"));
        }

        [Fact]
        public void Reads_bare_fields_as_a_field_list()
        {
            var (form, fields, diagnostics) = FormTest.Read(_form, "[{\"key\":\"a\",\"dataType\":\"STRING\"},{\"key\":\"b\",\"targetType\":\"ROLE\",\"dataType\":\"NUMBER\"}]");

            Assert.Equal(SchemaFileParser.FormFieldList, form);
            Assert.Equal(new[] { "USER:a", "ROLE:b" }, fields);
            Assert.Empty(diagnostics);
        }

        [Fact]
        public void Reads_responses_and_fields_mixed_as_getCustomFields()
        {
            var (form, fields, _) = FormTest.Read(_form, "[{\"statusCode\":200,\"data\":[{\"key\":\"a\",\"dataType\":\"STRING\"}]},{\"key\":\"b\",\"dataType\":\"STRING\"}]");

            Assert.Equal(SchemaFileParser.FormV3, form);
            Assert.Equal(new[] { "USER:a", "USER:b" }, fields);
        }

        [Fact]
        public void An_item_with_a_key_is_a_field_even_beside_a_status_and_data()
        {
            var (_, fields, _) = FormTest.Read(_form, "[{\"key\":\"a\",\"statusCode\":200,\"data\":1,\"dataType\":\"STRING\"}]");

            Assert.Equal(new[] { "USER:a" }, fields);
        }
    }
}
