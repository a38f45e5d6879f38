using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FieldGen.Management.Schema;
using FieldGen.Model;
using FieldGen.Parsing;

namespace FieldGen.Pull.Tests.Management
{
    public sealed class NormalizedSchemaWriterTests
    {
        private const string School = """
            {"createdAt":"2022-03-17T05:23:01.567Z","dataType":"SELECT","key":"school","targetType":"USER","label":"School","isUnique":false,"visibleInAdminConsole":true,
             "i18n":{"label":{"zh-CN":{"value":"学校","enabled":true},"en-US":{"enabled":true,"value":"School"}}},
             "options":"[{\"value\":\"pku\",\"label\":\"北大\"},{\"value\":\"mit\",\"label\":\"MIT\"}]","somethingNew":42}
            """;

        private const string Age = """{"key":"age","dataType":"NUMBER","label":"Age","description":null}""";

        [Fact]
        public void Writes_the_documented_form_with_fields_by_key_options_as_an_array_and_no_createdAt()
        {
            string text = NormalizedSchemaWriter.Render(PulledSchemas.Of(("USER", "[" + School + "," + Age + "]")), "2026-11-23T09:00:00Z");

            string hash = NormalizedSchemaWriter.ContentHash(PulledSchemas.Of(("USER", "[" + School + "," + Age + "]")));
            Assert.Equal(
                "{\n" +
                "  \"fieldgenSchema\": 1,\n" +
                "  \"source\": {\n" +
                "    \"host\": \"https://api.authing.cn\",\n" +
                "    \"tenantId\": null,\n" +
                "    \"pulledAt\": \"2026-11-23T09:00:00Z\",\n" +
                "    \"contentHash\": \"" + hash + "\"\n" +
                "  },\n" +
                "  \"fields\": {\n" +
                "    \"USER\": [\n" +
                "      {\n" +
                "        \"targetType\": \"USER\",\n" +
                "        \"key\": \"age\",\n" +
                "        \"dataType\": \"NUMBER\",\n" +
                "        \"label\": \"Age\",\n" +
                "        \"options\": []\n" +
                "      },\n" +
                "      {\n" +
                "        \"targetType\": \"USER\",\n" +
                "        \"key\": \"school\",\n" +
                "        \"dataType\": \"SELECT\",\n" +
                "        \"label\": \"School\",\n" +
                "        \"isUnique\": false,\n" +
                "        \"visibleInAdminConsole\": true,\n" +
                "        \"i18n\": {\n" +
                "          \"label\": {\n" +
                "            \"en-US\": {\n" +
                "              \"enabled\": true,\n" +
                "              \"value\": \"School\"\n" +
                "            },\n" +
                "            \"zh-CN\": {\n" +
                "              \"enabled\": true,\n" +
                "              \"value\": \"学校\"\n" +
                "            }\n" +
                "          }\n" +
                "        },\n" +
                "        \"options\": [\n" +
                "          {\n" +
                "            \"value\": \"pku\",\n" +
                "            \"label\": \"北大\"\n" +
                "          },\n" +
                "          {\n" +
                "            \"value\": \"mit\",\n" +
                "            \"label\": \"MIT\"\n" +
                "          }\n" +
                "        ]\n" +
                "      }\n" +
                "    ],\n" +
                "    \"ROLE\": [],\n" +
                "    \"GROUP\": [],\n" +
                "    \"DEPARTMENT\": []\n" +
                "  }\n" +
                "}\n",
                text);
        }

        [Fact]
        public void The_same_schema_in_another_order_gives_the_same_bytes()
        {
            const string reordered = """
                {"options":[{"label":"北大","value":"pku"},{"value":"mit","label":"MIT"}],"somethingNew":7,"visibleInAdminConsole":true,"isUnique":false,"label":"School",
                 "i18n":{"label":{"en-US":{"value":"School","enabled":true},"zh-CN":{"enabled":true,"value":"学校"}}},"key":"school","dataType":"SELECT","createdAt":"2030-01-01T00:00:00Z"}
                """;

            string first = NormalizedSchemaWriter.Render(PulledSchemas.Of(("USER", "[" + School + "," + Age + "]")), "t");
            string second = NormalizedSchemaWriter.Render(PulledSchemas.Of(("USER", "[" + Age + "," + reordered + "]")), "t");

            Assert.Equal(first, second);
        }

        [Fact]
        public void The_content_hash_is_the_sha256_of_the_compact_fields_object()
        {
            PulledSchema schema = PulledSchemas.Of(("ROLE", """[{"key":"level","dataType":"NUMBER"}]"""));
            const string compact = "{\"USER\":[],\"ROLE\":[{\"targetType\":\"ROLE\",\"key\":\"level\",\"dataType\":\"NUMBER\",\"options\":[]}],\"GROUP\":[],\"DEPARTMENT\":[]}";

            string expected = "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(compact))).ToLowerInvariant();

            Assert.Equal(expected, NormalizedSchemaWriter.ContentHash(schema));
        }

        [Fact]
        public void The_generator_reads_the_written_file_without_a_diagnostic()
        {
            string text = NormalizedSchemaWriter.Render(PulledSchemas.Of(("USER", "[" + School + "," + Age + "]"), ("DEPARTMENT", """[{"key":"cost_center","dataType":"STRING"}]""")), "t");

            SchemaFileSpec spec = SchemaFileParser.Parse("fieldgen.schema.json", text, new SchemaFileOptions(null, null, false, EquatableArray<string>.Empty));

            Assert.Equal(SchemaFileParser.FormNormalized, spec.Form);
            Assert.Empty(spec.Diagnostics);
            Assert.Equal(new[] { "USER:age", "USER:school", "DEPARTMENT:cost_center" }, spec.Fields.Select(f => f.TargetType + ":" + f.Key));
            Assert.Equal(new[] { "pku", "mit" }, spec.Fields.Single(f => f.Key == "school").Options.Select(o => o.Value));
        }

        [Fact]
        public void Control_characters_and_line_separators_are_escaped_and_other_text_is_kept()
        {
            string text = NormalizedSchemaWriter.Render(PulledSchemas.Of(("USER", "[{\"key\":\"k\",\"dataType\":\"STRING\",\"label\":\"a\\tb\\u0001c\\u2028d\\\"e\\\\f 学\"}]")), "t");

            Assert.Contains("\"label\": \"a\\tb\\u0001c\\u2028d\\\"e\\\\f 学\"", text);
        }

        [Fact]
        public void A_file_differing_only_in_pulledAt_or_line_ends_is_up_to_date_and_a_changed_label_is_not()
        {
            PulledSchema schema = PulledSchemas.Of(("USER", "[" + Age + "]"));
            string old = NormalizedSchemaWriter.Render(schema, "2020-01-01T00:00:00Z").Replace("\n", "\r\n");

            Assert.True(SchemaFileStore.IsUpToDate(old, schema));
            Assert.False(SchemaFileStore.IsUpToDate(old, PulledSchemas.Of(("USER", """[{"key":"age","dataType":"NUMBER","label":"Years"}]"""))));
            Assert.False(SchemaFileStore.IsUpToDate("{ not json", schema));
        }
    }
}
