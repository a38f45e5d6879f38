using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    public class ResponseDataFormTests
    {
        private readonly ResponseDataForm _form = new();

        [Fact]
        public void Claims_an_object_with_data()
        {
            Assert.True(FormTest.Claims(_form, "{\"data\":[]}"));
            Assert.False(FormTest.Claims(_form, "{\"list\":[]}"));
        }

        [Fact]
        public void Reads_the_data_of_a_trimmed_V3_or_V2_response()
        {
            var v3 = FormTest.Read(_form, "{\"data\":[{\"key\":\"a\",\"dataType\":\"STRING\"}]}");
            var v2 = FormTest.Read(_form, "{\"data\":{\"list\":[{\"key\":\"b\",\"dataType\":\"STRING\",\"labelEn\":\"B\"}]}}");

            Assert.Equal(SchemaFileParser.FormV3, v3.Form);
            Assert.Equal(new[] { "USER:a" }, v3.Fields);
            Assert.Equal(SchemaFileParser.FormV3, v2.Form);
            Assert.Equal(new[] { "USER:b" }, v2.Fields);
        }

        [Fact]
        public void Data_that_is_no_field_container_is_FG0002()
        {
            var (form, _, diagnostics) = FormTest.Read(_form, "{\"data\":\"fields\"}");

            Assert.Equal(SchemaFileParser.FormInvalid, form);
            Assert.Equal(new[] { "FG0002" }, diagnostics);
        }
    }
}
