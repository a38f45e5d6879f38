using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace FieldGen.TestServer.Tests;

/// <summary>
/// A server seeded from an export must serve back what the export says: a pull from the standalone
/// server (README's four-command quickstart) lost userEditable, visibleInUserCenter and the options'
/// translations, so the sample's forms differed from the same export read directly.
/// </summary>
public sealed class SchemaSeedTests
{
    private const string Export = """
        { "statusCode": 200, "message": "", "data": [
          { "targetType": "USER", "dataType": "ENUM", "key": "school", "label": "School", "isUnique": false,
            "visibleInAdminConsole": true, "visibleInUserCenter": true,
            "options": [ { "value": "pku", "label": "北京大学", "i18n": { "label": { "en-US": { "enabled": true, "value": "Peking University" } } } } ] },
          { "targetType": "USER", "dataType": "NUMBER", "key": "age", "label": "Age", "isUnique": false, "userEditable": true,
            "visibleInAdminConsole": false } ] }
        """;

    [Fact]
    public void A_seeded_field_is_served_with_the_flags_and_option_labels_of_its_export()
    {
        string path = Path.Combine(Path.GetTempPath(), "fieldgen-seed-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Export);
        try
        {
            var fields = SchemaSeed.Read(path, out string? problem);
            Assert.Null(problem);
            JsonObject school = CustomFieldJson.ToDto(fields!.Single(f => f.Key == "school"));
            JsonObject age = CustomFieldJson.ToDto(fields!.Single(f => f.Key == "age"));

            Assert.True((bool)school["visibleInUserCenter"]!);
            Assert.Equal("Peking University", (string?)school["options"]![0]!["i18n"]!["label"]!["en-US"]!["value"]);
            Assert.True((bool)age["userEditable"]!);
            Assert.False((bool)age["visibleInAdminConsole"]!);
            Assert.Null(school["userEditable"]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
