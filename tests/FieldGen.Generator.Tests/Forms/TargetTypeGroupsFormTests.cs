using FieldGen.Parsing;
using FieldGen.Parsing.Forms;
using Xunit;

namespace FieldGen.Generator.Tests.Forms
{
    public class TargetTypeGroupsFormTests
    {
        private readonly TargetTypeGroupsForm _form = new();

        [Fact]
        public void Claims_an_object_whose_every_member_is_a_target_type()
        {
            Assert.True(FormTest.Claims(_form, "{\"USER\":[],\"role\":[]}"));
            Assert.False(FormTest.Claims(_form, "{\"USER\":[],\"other\":[]}"));
            Assert.False(FormTest.Claims(_form, "{}"));
        }

        [Fact]
        public void Each_group_gives_its_fields_their_target_type()
        {
            var (form, fields, diagnostics) = FormTest.Read(_form, "{\"USER\":[{\"key\":\"a\",\"dataType\":\"STRING\"}],\"ROLE\":[{\"key\":\"b\",\"dataType\":\"STRING\"}]}");

            Assert.Equal(SchemaFileParser.FormFieldList, form);
            Assert.Equal(new[] { "USER:a", "ROLE:b" }, fields);
            Assert.Empty(diagnostics);
        }

        [Fact]
        public void A_group_that_is_no_array_is_FG0002_and_the_others_still_read()
        {
            var (_, fields, diagnostics) = FormTest.Read(_form, "{\"USER\":{\"key\":\"a\"},\"ROLE\":[{\"key\":\"b\",\"dataType\":\"STRING\"}]}");

            Assert.Equal(new[] { "ROLE:b" }, fields);
            Assert.Equal(new[] { "FG0002" }, diagnostics);
        }
    }
}
