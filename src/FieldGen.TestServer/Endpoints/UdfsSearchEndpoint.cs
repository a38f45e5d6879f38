using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FieldGen.Wire;

namespace FieldGen.TestServer;

/// <summary>
/// The older V2 <c>POST /api/v2/udfs/search</c>: pool-wide fields in the V2 shape, the built-in user fields
/// first. Filters: <c>targetType</c> (absent: every type), <c>dataType</c>, <c>isBase</c>, <c>userVisible</c>,
/// <c>adminVisible</c>, <c>keyword</c> (in key or label); paged only when <c>limit</c> is given.
/// </summary>
internal sealed class UdfsSearchEndpoint
{
    private readonly GenAuthStore _store;
    private readonly string _userPoolId;

    public UdfsSearchEndpoint(GenAuthStore store, string userPoolId)
    {
        _store = store;
        _userPoolId = userPoolId;
    }

    public ApiResponse Search(IncomingRequest request)
    {
        var body = request.HasBody ? JsonArguments.Of(request.Body, "body") : (JsonArguments?)null;
        string? targetType = body?.String("targetType");
        string? dataType = body?.String("dataType");
        bool? isBase = body?.Bool("isBase");
        bool? userVisible = body?.Bool("userVisible");
        bool? adminVisible = body?.Bool("adminVisible");
        string? keyword = body?.String("keyword");

        var matches = Items(targetType is null ? TargetTypes.WireNames : new[] { TargetTypeArgument.Require(targetType, "targetType") })
            .Where(i => dataType is null || (string?)i["dataType"] == dataType)
            .Where(i => isBase is null || (bool)i["isBase"]! == isBase)
            .Where(i => userVisible is null || (bool)i["userVisible"]! == userVisible)
            .Where(i => adminVisible is null || (bool)i["adminVisible"]! == adminVisible)
            .Where(i => keyword is null || Contains(i, "key", keyword) || Contains(i, "label", keyword))
            .ToList();

        var count = new JsonObject
        {
            ["all"] = matches.Count,
            ["userVisible"] = matches.Count(i => (bool)i["userVisible"]!),
            ["adminVisible"] = matches.Count(i => (bool)i["adminVisible"]!),
        };
        var page = Page(matches, body?.Int("page"), body?.Int("limit"));
        var data = new JsonObject { ["count"] = count, ["list"] = new JsonArray(page.Cast<JsonNode>().ToArray()) };
        return ApiResponse.Success(data, request.RequestId, EnvelopeStyle.V2);
    }

    private IEnumerable<JsonObject> Items(IEnumerable<string> targetTypes)
    {
        foreach (string targetType in targetTypes)
        {
            if (targetType == TargetTypes.User.WireName)
            {
                foreach (var (key, label, description, visible) in BuiltInUserFields.All)
                {
                    yield return Item(key, label, label, description, "STRING", null, targetType, visible, visible, accessControl: true, null, isBase: true);
                }
            }

            foreach (var field in _store.GetCustomFields(targetType))
            {
                string label = field.Label ?? field.Key;
                yield return Item(
                    field.Key, label, EnglishLabel(field) ?? label, field.Description, field.DataType, CustomFieldJson.OptionsArray(field),
                    targetType, field.VisibleInUserCenter ?? false, field.VisibleInAdminConsole, field.UserEditable ?? false,
                    field.IsUnique ? new JsonArray(new JsonObject { ["type"] = "UNIQUE", ["content"] = "", ["error"] = $"{label} must be unique" }) : null,
                    isBase: false);
            }
        }
    }

    private JsonObject Item(
        string key, string label, string labelEn, string? description, string dataType, JsonArray? options, string targetType,
        bool userVisible, bool adminVisible, bool accessControl, JsonArray? validateRules, bool isBase) => new()
    {
        ["key"] = key,
        ["label"] = label,
        ["labelEn"] = labelEn,
        ["description"] = description,
        ["dataType"] = dataType,
        ["options"] = options,
        ["userPoolId"] = _userPoolId,
        ["targetType"] = targetType,
        ["userVisible"] = userVisible,
        ["adminVisible"] = adminVisible,
        ["accessControl"] = accessControl,
        ["validateRules"] = validateRules,
        ["isBase"] = isBase,
    };

    private static string? EnglishLabel(CustomField field) =>
        field.I18n?["label"]?["en-US"]?["value"] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static bool Contains(JsonObject item, string property, string keyword) =>
        ((string?)item[property] ?? "").Contains(keyword, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<JsonObject> Page(List<JsonObject> matches, int? page, int? limit) =>
        limit is int size && size > 0 ? matches.Skip((Math.Max(page ?? 1, 1) - 1) * size).Take(size) : matches;
}
