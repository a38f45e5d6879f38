using System.Linq;
using FieldGen.Model;
using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    /// <summary>The list of forms: tried in order, and the source of FG0002's "expected ...".</summary>
    public class SchemaFormsTests
    {
        [Theory]
        [InlineData("[]", typeof(FieldArrayForm))]
        [InlineData("{\"fieldgenSchema\":1,\"statusCode\":200,\"key\":\"a\"}", typeof(NormalizedFileForm))]
        [InlineData("{\"statusCode\":200,\"code\":200,\"key\":\"a\",\"data\":[]}", typeof(GetCustomFieldsForm))]
        [InlineData("{\"code\":200,\"key\":\"a\",\"data\":[]}", typeof(UdfsSearchForm))]
        [InlineData("{\"key\":\"a\",\"data\":[]}", typeof(SingleFieldForm))]
        [InlineData("{\"data\":[],\"USER\":[]}", typeof(ResponseDataForm))]
        [InlineData("{\"USER\":[]}", typeof(TargetTypeGroupsForm))]
        public void The_first_form_in_the_list_that_claims_a_root_reads_it(string json, System.Type expected)
        {
            Assert.IsType(expected, FormTest.Claiming(json));
        }

        [Theory]
        [InlineData("{\"fields\":[]}")]
        [InlineData("{}")]
        [InlineData("\"text\"")]
        [InlineData("12")]
        public void A_root_no_form_claims_is_FG0002_listing_every_form_in_order(string json)
        {
            Assert.Null(FormTest.Claiming(json));
            SchemaFileSpec spec = SchemaFileParser.Parse("/project/fields.json", json, new SchemaFileOptions(null, null, false, EquatableArray<string>.Empty));

            DiagnosticInfo d = Assert.Single(spec.Diagnostics);
            Assert.Equal("FG0002", d.Id);
            string expected = d.MessageArgs[2];
            int previous = -1;
            foreach (ISchemaForm form in SchemaForms.All)
            {
                int at = expected.IndexOf(form.Description, System.StringComparison.Ordinal);
                Assert.True(at > previous, "FG0002 lists '" + form.Description + "' in the list's order: " + expected);
                previous = at;
            }
        }

        [Fact]
        public void The_message_reads_as_one_sentence()
        {
            Assert.Equal(
                "a bare array of fields (or of responses), a FieldGen schema file ('fieldgenSchema': 1), a getCustomFields response ('statusCode' and 'data'), "
                + "a /api/v2/udfs/search response ('code' and 'data.list'), one field object ('key'), a response's 'data' alone or an object keyed by target type ('USER': [...])",
                SchemaForms.ExpectedText);
        }
    }
}
