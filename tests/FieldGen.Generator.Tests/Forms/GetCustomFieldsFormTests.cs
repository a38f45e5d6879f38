using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    public class GetCustomFieldsFormTests
    {
        private readonly GetCustomFieldsForm _form = new();

        [Fact]
        public void Claims_an_envelope_with_statusCode_and_not_the_V2_code_alone()
        {
            Assert.True(FormTest.Claims(_form, "{\"statusCode\":200}"));
            Assert.True(FormTest.Claims(_form, "{\"statusCode\":200,\"code\":200}"));
            Assert.False(FormTest.Claims(_form, "{\"code\":200}"));
            Assert.False(FormTest.Claims(_form, "{\"data\":[]}"));
        }

        [Theory]
        [InlineData("{\"statusCode\":200,\"data\":[{\"key\":\"a\",\"dataType\":\"STRING\"}]}")]
        [InlineData("{\"statusCode\":200,\"data\":{\"key\":\"a\",\"dataType\":\"STRING\"}}")]
        [InlineData("{\"statusCode\":200,\"data\":{\"list\":[{\"key\":\"a\",\"dataType\":\"STRING\"}]}}")]
        public void Reads_data_as_an_array_one_object_or_a_list(string json)
        {
            var (form, fields, diagnostics) = FormTest.Read(_form, json);

            Assert.Equal(SchemaFileParser.FormV3, form);
            Assert.Equal(new[] { "USER:a" }, fields);
            Assert.Empty(diagnostics);
        }

        // Issue 12: the schema parser judged the status by its text ("200" only); now by the one envelope
        // rule the runtime and the pull share, 200 as JavaScript reads it.
        [Theory]
        [InlineData("200.0")]
        [InlineData("2e2")]
        [InlineData("2E+2")]
        [InlineData("200.000000000000001")]
        public void A_status_JavaScript_reads_as_200_is_a_success(string status)
        {
            var (form, fields, diagnostics) = FormTest.Read(_form, "{\"statusCode\":" + status + ",\"data\":[{\"key\":\"a\",\"dataType\":\"STRING\"}]}");

            Assert.Equal(SchemaFileParser.FormV3, form);
            Assert.Equal(new[] { "USER:a" }, fields);
            Assert.Empty(diagnostics);
        }

        [Theory]
        [InlineData("500")]
        [InlineData("5e2")]
        [InlineData("200.5")]
        [InlineData("\"200\"")]
        [InlineData("1e400")]
        public void Any_other_status_is_FG0014(string status)
        {
            var (form, fields, diagnostics) = FormTest.Read(_form, "{\"statusCode\":" + status + ",\"message\":\"boom\",\"data\":[{\"key\":\"a\",\"dataType\":\"STRING\"}]}");

            Assert.Equal(SchemaFileParser.FormInvalid, form);
            Assert.Empty(fields);
            Assert.Equal(new[] { "FG0014" }, diagnostics);
        }

        [Fact]
        public void A_success_without_data_is_FG0002()
        {
            Assert.Equal(new[] { "FG0002" }, FormTest.Read(_form, "{\"statusCode\":200,\"message\":\"ok\"}").Diagnostics);
        }
    }
}
