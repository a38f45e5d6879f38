using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using FieldGen.Wire;

namespace FieldGen.TestServer;

/// <summary>
/// One item of set-custom-fields: the properties it sets on a new or existing field. <c>validateRules</c>,
/// <c>appIds</c> and <c>desensitization</c> are accepted and not kept (get-custom-fields does not return them).
/// </summary>
internal sealed class CustomFieldPatch
{
    private readonly JsonArguments _args;

    private CustomFieldPatch(JsonArguments args, string targetType, string key, string? dataType)
    {
        _args = args;
        TargetType = targetType;
        Key = key;
        DataType = dataType;
    }

    public string TargetType { get; }

    public string Key { get; }

    public string? DataType { get; }

    public static CustomFieldPatch Read(JsonElement item, string where)
    {
        var args = JsonArguments.Of(item, where);
        string targetType = TargetTypeArgument.Require(args.String("targetType", required: true), where + ".targetType");
        string key = args.String("key", required: true)!;
        string? dataType = args.String("dataType");
        if (dataType is not null && !IsKnownDataType(dataType))
        {
            throw ApiFailureException.InvalidArgument($"{where}.dataType must be one of {string.Join(", ", DataTypes.KnownWireNames)}; got '{dataType}'");
        }

        var patch = new CustomFieldPatch(args, targetType, key, dataType);

        // Applying it once to a blank field checks every property's type before anything is stored.
        patch.Apply(new CustomField { TargetType = targetType, Key = key, DataType = dataType ?? "STRING" }, DateTimeOffset.UnixEpoch);
        return patch;
    }

    /// <summary>The field after this patch: <paramref name="existing"/> with every given property replaced.</summary>
    public CustomField Apply(CustomField existing, DateTimeOffset now) => existing with
    {
        DataType = DataType ?? existing.DataType,
        Label = _args.String("label") ?? existing.Label,
        Description = _args.Has("description") ? _args.String("description") : existing.Description,
        Encrypted = _args.Bool("encrypted") ?? existing.Encrypted,
        IsUnique = _args.Bool("isUnique") ?? existing.IsUnique,
        UserEditable = _args.Bool("userEditable") ?? existing.UserEditable,
        VisibleInAdminConsole = _args.Bool("visibleInAdminConsole") ?? existing.VisibleInAdminConsole,
        VisibleInUserCenter = _args.Bool("visibleInUserCenter") ?? existing.VisibleInUserCenter,
        I18n = _args.Has("i18n") ? I18n() : existing.I18n,
        Options = _args.Has("options") ? Options() : existing.Options,
        CreatedAt = existing.CreatedAt ?? now,
    };

    private JsonObject? I18n() => _args.Element("i18n") switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Object } value => JsonNode.Parse(value.GetRawText())!.AsObject(),
        _ => throw ApiFailureException.InvalidArgument($"{Key}: i18n must be an object"),
    };

    /// <summary>An array of <c>{value,label}</c>; the JSON-encoded string form seen in the docs is accepted too.</summary>
    private IReadOnlyList<CustomFieldOption>? Options()
    {
        JsonElement? value = _args.Element("options");
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.String)
        {
            using var parsed = ParseOptionsText(value.Value.GetString()!);
            return ReadOptions(parsed.RootElement);
        }

        return ReadOptions(value.Value);
    }

    private JsonDocument ParseOptionsText(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            throw ApiFailureException.InvalidArgument($"{Key}: options is a string that is not a JSON array");
        }
    }

    private List<CustomFieldOption> ReadOptions(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw ApiFailureException.InvalidArgument($"{Key}: options must be an array of {{value, label}}");
        }

        var options = new List<CustomFieldOption>();
        int index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var option = JsonArguments.Of(item, $"{Key}.options[{index++}]");
            string optionValue = option.String("value", required: true)!;
            options.Add(new CustomFieldOption(optionValue, option.String("label") ?? optionValue)
            {
                I18n = item.TryGetProperty("i18n", out JsonElement i18n) && i18n.ValueKind == JsonValueKind.Object ? JsonNode.Parse(i18n.GetRawText()) as JsonObject : null,
            });
        }

        return options;
    }

    // The API spells data types in upper case only, as the shared table does.
    private static bool IsKnownDataType(string dataType)
    {
        foreach (string name in DataTypes.KnownWireNames)
        {
            if (name == dataType)
            {
                return true;
            }
        }

        return false;
    }
}
