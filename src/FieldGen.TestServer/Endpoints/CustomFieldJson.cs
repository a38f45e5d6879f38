using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>Writes a <see cref="CustomField"/> as the V3 <c>CustomFieldDto</c>; unset optional properties are left out, not written as null.</summary>
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
        SetIfPresent(dto, "description", field.Description);
        SetIfPresent(dto, "encrypted", field.Encrypted);
        dto["isUnique"] = field.IsUnique;
        SetIfPresent(dto, "userEditable", field.UserEditable);
        dto["visibleInAdminConsole"] = field.VisibleInAdminConsole;
        SetIfPresent(dto, "visibleInUserCenter", field.VisibleInUserCenter);
        SetIfPresent(dto, "i18n", field.I18n?.DeepClone());
        SetIfPresent(dto, "options", OptionsArray(field));
        return dto;
    }

    private static void SetIfPresent(JsonObject dto, string name, JsonNode? value)
    {
        if (value is not null)
        {
            dto[name] = value;
        }
    }

    public static JsonArray? OptionsArray(CustomField field) =>
        field.Options is null
            ? null
            : new JsonArray(field.Options.Select(OptionDto).ToArray());

    private static JsonNode OptionDto(CustomFieldOption option)
    {
        var dto = new JsonObject { ["value"] = option.Value, ["label"] = option.Label };
        SetIfPresent(dto, "i18n", option.I18n?.DeepClone());
        return dto;
    }

    /// <summary>ISO 8601 in UTC with milliseconds, the form the service's own timestamps take (<c>2022-03-17T05:23:01.567Z</c>).</summary>
    public static string IsoTime(System.DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
