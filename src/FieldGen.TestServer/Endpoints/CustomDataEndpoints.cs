using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>get-custom-data and set-custom-data.</summary>
internal sealed class CustomDataEndpoints
{
    /// <summary>The documented cap on one set-custom-data call.</summary>
    public const int MaxListItems = 50;

    private readonly GenAuthStore _store;

    public CustomDataEndpoints(GenAuthStore store) => _store = store;

    public ApiResponse Get(IncomingRequest request)
    {
        var target = new CustomDataTarget(
            TargetTypeArgument.Require(request.QueryValue("targetType"), "targetType"),
            RequireIdentifier(request.QueryValue("targetIdentifier")),
            request.QueryValue("namespace"),
            request.Tenant(request.QueryValue("tenantId")));
        var data = new JsonObject();
        foreach (var (key, value) in _store.GetCustomData(target))
        {
            data[key] = value;
        }

        return ApiResponse.Success(data, request.RequestId);
    }

    /// <summary>Writes the listed keys only; one unknown key or ill-typed value refuses the whole call.</summary>
    public ApiResponse Set(IncomingRequest request)
    {
        var body = JsonArguments.Of(request.Body, "body");
        string targetType = TargetTypeArgument.Require(body.String("targetType"), "targetType");
        string identifier = RequireIdentifier(body.String("targetIdentifier"));
        string? ns = body.String("namespace");
        string? tenantId = request.Tenant(body.String("tenantId"));
        JsonElement list = body.Array("list");
        if (list.GetArrayLength() > MaxListItems)
        {
            throw new ApiFailureException(413, GenAuthApiCodes.ListTooLong, $"list has {list.GetArrayLength()} items; at most {MaxListItems} per call");
        }

        _store.Atomically(() =>
        {
            var writes = list.EnumerateArray().Select((item, i) => Checked(item, i, targetType, identifier, ns, tenantId)).ToList();
            _store.WriteCustomData(writes);
        });
        return ApiResponse.Success(new JsonObject { ["success"] = true }, request.RequestId);
    }

    private (CustomDataTarget, string, JsonNode?) Checked(JsonElement item, int index, string targetType, string identifier, string? ns, string? tenantId)
    {
        var args = JsonArguments.Of(item, $"list[{index}]");
        string key = args.String("key", required: true)!;
        JsonElement value = args.Element("value") ?? throw ApiFailureException.InvalidArgument($"list[{index}].value is required (null clears '{key}')");

        // An item may name its own tenant.
        string? itemTenant = args.String("tenantId") ?? tenantId;
        return (new CustomDataTarget(targetType, identifier, ns, itemTenant), key, Converted(targetType, key, value, itemTenant));
    }

    /// <summary>
    /// The writes of a <c>customData</c> data object (create-user, update-user): each key checked and
    /// converted as set-custom-data checks a list item, so one unknown key or ill-typed value refuses all.
    /// </summary>
    public IReadOnlyList<(CustomDataTarget Target, string Key, JsonNode? Value)> DataObjectWrites(JsonElement customData, CustomDataTarget target, string where)
    {
        if (customData.ValueKind != JsonValueKind.Object)
        {
            throw ApiFailureException.InvalidArgument($"{where} must be a JSON object");
        }

        return customData.EnumerateObject()
            .Select(member => (target, member.Name, Converted(target.TargetType, member.Name, member.Value, target.TenantId)))
            .ToList();
    }

    private JsonNode? Converted(string targetType, string key, JsonElement value, string? tenantId)
    {
        CustomField field = _store.FindCustomField(targetType, key, tenantId)
            ?? throw new ApiFailureException(400, GenAuthApiCodes.UnknownCustomFieldKey, UnknownKeyMessage(targetType, key, tenantId));
        return CustomDataValueConverter.Convert(field, value);
    }

    private string UnknownKeyMessage(string targetType, string key, string? tenantId)
    {
        IEnumerable<string> known = _store.GetCustomFields(targetType, tenantId).Select(f => f.Key);
        string scope = tenantId is null ? targetType : $"{targetType} in tenant '{tenantId}'";
        return $"'{key}' is not a custom field of {scope}; known keys: {string.Join(", ", known.DefaultIfEmpty("(none)"))}";
    }

    private static string RequireIdentifier(string? identifier) =>
        string.IsNullOrEmpty(identifier) ? throw ApiFailureException.InvalidArgument("targetIdentifier is required") : identifier;
}
