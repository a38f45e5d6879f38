using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>Writes a <see cref="CustomField"/> as the V3 <c>CustomFieldDto</c>; unset optional properties are written as null.</summary>
internal static class CustomFieldJson
{
    public static JsonObject ToDto(CustomField field)
    {
        var dto = new JsonObject { ["targetType"] = field.TargetType };
        if (field.CreatedAt is { } createdAt)
        {
            dto["createdAt"] = IsoTime(createdAt);
        }

        dto["dataType"] = field.DataType;
        dto["key"] = field.Key;
        dto["label"] = field.Label ?? field.Key;
        dto["description"] = field.Description;
        dto["encrypted"] = field.Encrypted;
        dto["isUnique"] = field.IsUnique;
        dto["userEditable"] = field.UserEditable;
        dto["visibleInAdminConsole"] = field.VisibleInAdminConsole;
        dto["visibleInUserCenter"] = field.VisibleInUserCenter;
        dto["i18n"] = field.I18n?.DeepClone();
        dto["options"] = OptionsArray(field);
        return dto;
    }

    public static JsonArray? OptionsArray(CustomField field) =>
        field.Options is null
            ? null
            : new JsonArray(field.Options.Select(o => (JsonNode)new JsonObject { ["value"] = o.Value, ["label"] = o.Label }).ToArray());

    /// <summary>ISO 8601 in UTC with milliseconds, the form the service's own timestamps take (<c>2022-03-17T05:23:01.567Z</c>).</summary>
    public static string IsoTime(System.DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
