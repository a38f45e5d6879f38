using System.Linq;
using FieldGen.Management.Changes;
using FieldGen.Management.Schema;

namespace FieldGen.Pull.Tests.Management
{
    public sealed class SchemaComparerTests
    {
        private static string File(string userFields, string roleFields = "[]") =>
            NormalizedSchemaWriter.Render(PulledSchemas.Of(("USER", userFields), ("ROLE", roleFields)), "t");

        private static SchemaChangeReport Compare(string before, string after, string? className = null, string? targetTypes = null) =>
            SchemaComparer.Compare("old.json", before, "new.json", after, GeneratorOptions.Create(null, className, false, targetTypes));

        private const string SchoolEnum = """{"key":"school","dataType":"ENUM","options":[{"value":"pku"},{"value":"mit"}]}""";

        [Fact]
        public void Enum_to_string_names_the_members_that_disappear_and_the_one_that_changes_meaning()
        {
            SchemaChangeReport report = Compare(File("[" + SchoolEnum + "]"), File("""[{"key":"school","dataType":"STRING"}]"""));

            SchemaChange change = Assert.Single(report.Changes);
            Assert.Equal(SchemaChangeKind.DataTypeChanged, change.Kind);
            Assert.True(change.IsBreaking);
            Assert.Equal(new[] { "UserCustomData.SchoolValue", "UserCustomData.School.Pku", "UserCustomData.School.Mit" }, change.RemovedMembers);
            Assert.Equal(new[] { "UserCustomData.School" }, change.ChangedMembers);
        }

        [Fact]
        public void A_new_key_that_takes_an_existing_name_reports_the_rename_as_breaking()
        {
            // "userId" sorts before "user_id" (ordinal), so it now gets UserId and the old field becomes UserId_2.
            SchemaChangeReport report = Compare(File("""[{"key":"user_id","dataType":"STRING"}]"""), File("""[{"key":"user_id","dataType":"STRING"},{"key":"userId","dataType":"STRING"}]"""));

            SchemaChange renamed = Assert.Single(report.BreakingChanges);
            Assert.Equal(SchemaChangeKind.MemberRenamed, renamed.Kind);
            Assert.Equal("user_id", renamed.Key);
            Assert.Equal(new[] { "UserCustomData.UserId", "UserCustomData.Keys.UserId" }, renamed.ChangedMembers);
            Assert.Equal(new[] { "UserCustomData.UserId_2", "UserCustomData.Keys.UserId_2" }, renamed.AddedMembers);
            Assert.Equal(SchemaChangeKind.FieldAdded, Assert.Single(report.OtherChanges).Kind);
        }

        [Fact]
        public void Names_follow_the_items_class_name_and_target_types()
        {
            string before = File("[" + SchoolEnum + "]", """[{"key":"level","dataType":"NUMBER"}]""");
            string after = File("""[{"key":"school","dataType":"ENUM","options":[{"value":"pku"}]}]""");

            SchemaChangeReport report = Compare(before, after, className: "{Target}Fields", targetTypes: "USER");

            SchemaChange change = Assert.Single(report.Changes);
            Assert.Equal("option 'mit' removed", change.Description);
            Assert.Equal(new[] { "UserFields.School.Mit" }, change.RemovedMembers);
        }

        [Fact]
        public void Label_changes_and_the_SELECT_spelling_are_other_changes_not_breaking()
        {
            string before = File("""[{"key":"school","dataType":"SELECT","label":"School","options":[{"value":"pku"}]}]""");
            string after = File("""[{"key":"school","dataType":"ENUM","label":"University","options":[{"value":"pku"}]}]""");

            SchemaChange change = Assert.Single(Compare(before, after).Changes);

            Assert.False(change.IsBreaking);
            Assert.Equal("data type spelled ENUM instead of SELECT; label changed from 'School' to 'University'", change.Description);
        }

        [Fact]
        public void An_unreadable_previous_file_is_reported_and_every_field_counts_as_added()
        {
            SchemaChangeReport report = Compare("{ \"fieldgenSchema\": 1, ", File("[" + SchoolEnum + "]"));

            Assert.NotNull(report.PreviousProblem);
            Assert.Contains("FG0001", report.PreviousProblem);
            Assert.Equal(SchemaChangeKind.FieldAdded, Assert.Single(report.Changes).Kind);
            Assert.Contains("every field counts as added", ChangeReportMarkdown.Render(report, "x"));
        }

        [Fact]
        public void Any_export_form_compares_with_the_normalized_file()
        {
            const string v3Export = """{"statusCode":200,"data":[{"targetType":"USER","key":"school","dataType":"SELECT","options":"[{\"value\":\"pku\"},{\"value\":\"mit\"}]"}]}""";

            Assert.Empty(Compare(v3Export, File("""[{"key":"school","dataType":"ENUM","options":[{"value":"pku"},{"value":"mit"}]}]""")).BreakingChanges);
            Assert.Equal(new[] { "UserCustomData.School.Mit" }, Compare(v3Export, File("""[{"key":"school","dataType":"ENUM","options":[{"value":"pku"}]}]""")).BreakingChanges.Single().RemovedMembers);
        }
    }
}
