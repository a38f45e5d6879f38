using System.Linq;
using System.Text;
using FieldGen.Management.Changes;
using FieldGen.Management.Http;
using FieldGen.Management.Pull;
using FieldGen.Management.Schema;
using FieldGen.Model;
using FieldGen.Parsing;
using FieldGen.Parsing.Json;

namespace FieldGen.Pull.Tests.Management
{
    /// <summary>Issue 12: the pull reads GenAuth's wire facts through the same owners as the generator, so they cannot drift.</summary>
    public sealed class WireAgreementTests
    {
        private static readonly SchemaFileOptions NoOptions = new(null, null, false, EquatableArray<string>.Empty);

        // The pull judged the status with int.TryParse: 200.0 and 2e2 were failures with "statusCode 0".
        [Theory]
        [InlineData("200")]
        [InlineData("200.0")]
        [InlineData("2e2")]
        public void A_status_JavaScript_reads_as_200_is_a_success_as_the_runtime_and_the_parser_say(string status)
        {
            JsonNode data = GenAuthResponseReader.ReadData("get-custom-fields (USER)", 200, "application/json", Encoding.UTF8.GetBytes("{\"statusCode\":" + status + ",\"data\":[]}"), new SecretRedactor("s"));

            Assert.Equal(JsonNodeKind.Array, data.Kind);
        }

        [Theory]
        [InlineData("5e2", 500, "statusCode 500")]
        [InlineData("401.0", 401, "statusCode 401")]
        [InlineData("200.5", 0, "statusCode 200.5")]
        public void Any_other_status_is_a_failure_named_by_its_number(string status, int expected, string named)
        {
            PullFailure failure = Assert.Throws<PullException>(() => GenAuthResponseReader.ReadData("get-custom-fields (USER)", 200, "application/json", Encoding.UTF8.GetBytes("{\"statusCode\":" + status + ",\"message\":\"no\"}"), new SecretRedactor("s"))).Failure;

            Assert.Equal(expected, failure.EnvelopeStatusCode);
            Assert.Contains(named, failure.Problem);
        }

        // The normalized writer and the parser decode options through one decoder: what the parser reads
        // from an export is what it reads back from the file the pull writes.
        [Theory]
        [InlineData("[{\"value\":\"pku\",\"label\":\"P\"},\"mit\",7]")]
        [InlineData("\"[{\\\"value\\\":\\\"pku\\\",\\\"label\\\":\\\"北大\\\"},{\\\"value\\\":\\\"mit\\\"}]\"")]
        [InlineData("\"  [ {\\\"value\\\": \\\"pku\\\"} ]  \"")]
        [InlineData("\"   \"")]
        [InlineData("\"not json\"")]
        [InlineData("\"{\\\"value\\\":\\\"pku\\\"}\"")]
        [InlineData("{\"value\":\"pku\"}")]
        [InlineData("null")]
        [InlineData("[{\"label\":\"no value\"},{\"value\":true},{\"value\":\"ok\"}]")]
        public void Options_read_from_an_export_and_from_the_pulled_file_are_the_same(string options)
        {
            string field = "{\"key\":\"school\",\"dataType\":\"ENUM\",\"options\":" + options + "}";
            SchemaFileSpec export = SchemaFileParser.Parse("export.json", "[" + field + "]", NoOptions);
            string pulled = NormalizedSchemaWriter.Render(PulledSchemas.Of(("USER", "[" + field + "]")), "t");
            SchemaFileSpec normalized = SchemaFileParser.Parse("fieldgen.schema.json", pulled, NoOptions);

            Assert.Equal(
                export.Fields.Single().Options.Select(o => o.Value + "|" + o.Label),
                normalized.Fields.Single().Options.Select(o => o.Value + "|" + o.Label));
        }

        // The change report read TargetTypes and ClassName apart from the generator, keeping a ClassName
        // the build refuses ({Target}-data, no C# identifier), so it named members the build never generates.
        [Fact]
        public void The_change_report_reads_the_item_settings_as_the_generator_does()
        {
            SchemaFileOptions refused = GeneratorOptions.Create(null, "{Target}-data", false, "role; user,ROLE nope");
            SchemaFileOptions generator = SchemaFileSettings.Read("x.json", name => name switch
            {
                SchemaFileSettings.ClassNameMetadata => "{Target}-data",
                SchemaFileSettings.TargetTypesMetadata => "role; user,ROLE nope",
                _ => null,
            }, out _);

            Assert.Equal(generator, refused);
            Assert.Null(refused.ClassName);
            Assert.Equal(new[] { "ROLE", "USER" }, refused.TargetTypes);
            Assert.Equal("{Target}Fields", GeneratorOptions.Create(null, "{Target}Fields", false, null).ClassName);
        }
    }
}
