using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    public class UdfsSearchFormTests
    {
        private readonly UdfsSearchForm _form = new();

        [Fact]
        public void Claims_the_V2_code_without_statusCode()
        {
            Assert.True(FormTest.Claims(_form, "{\"code\":200,\"data\":{\"list\":[]}}"));
            Assert.False(FormTest.Claims(_form, "{\"statusCode\":200,\"code\":200}"));
        }

        [Fact]
        public void Reads_data_list_with_the_V2_member_names()
        {
            var (form, fields, diagnostics) = FormTest.Read(_form, "{\"code\":200,\"data\":{\"list\":[{\"key\":\"a\",\"dataType\":\"STRING\",\"labelEn\":\"A\",\"userVisible\":true}]}}");

            Assert.Equal(SchemaFileParser.FormV2, form);
            Assert.Equal(new[] { "USER:a" }, fields);
            Assert.Empty(diagnostics);
        }

        [Fact]
        public void A_list_that_is_no_array_is_FG0002_and_a_failure_is_FG0014()
        {
            Assert.Equal(new[] { "FG0002" }, FormTest.Read(_form, "{\"code\":200,\"data\":{\"list\":{}}}").Diagnostics);
            Assert.Equal(new[] { "FG0014" }, FormTest.Read(_form, "{\"code\":401,\"message\":\"no\",\"data\":null}").Diagnostics);
        }
    }
}
