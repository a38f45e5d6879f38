using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FieldGen.Wire;

namespace FieldGen.TestServer;

/// <summary>get-custom-fields, set-custom-fields and delete-custom-fields.</summary>
internal sealed class CustomFieldEndpoints
{
    private readonly GenAuthStore _store;
    private readonly TimeProvider _clock;
    private readonly bool _allowGroup;

    public CustomFieldEndpoints(GenAuthStore store, TimeProvider clock, bool allowGroup)
    {
        _store = store;
        _clock = clock;
        _allowGroup = allowGroup;
    }

    public ApiResponse Get(IncomingRequest request)
    {
        string targetType = TargetTypeArgument.Require(request.QueryValue("targetType"), "targetType");
        if (targetType == TargetTypes.Group.WireName && !_allowGroup)
        {
            // The docs: "该接口暂不支持分组(GROUP)" / "This interface does not support grouping (GROUP) yet".
            throw new ApiFailureException(400, GenAuthApiCodes.UnsupportedTargetType, null);
        }

        var fields = _store.GetCustomFields(targetType, request.Tenant(request.QueryValue("tenantId")));
        return ApiResponse.Success(ToArray(fields), request.RequestId);
    }

    /// <summary>Creates or updates by (targetType, key); all items are checked before any is stored.</summary>
    public ApiResponse Set(IncomingRequest request)
    {
        var body = JsonArguments.Of(request.Body, "body");
        string? tenantId = request.Tenant(body.String("tenantId"));
        var patches = body.Array("list").EnumerateArray().Select((item, i) => CustomFieldPatch.Read(item, $"list[{i}]")).ToList();

        var saved = _store.Atomically(() =>
        {
            DateTimeOffset now = _clock.GetUtcNow();
            var results = patches.Select(patch => Merge(patch, tenantId, now)).ToList();
            foreach (var field in results)
            {
                _store.SeedCustomField(field, tenantId);
            }

            return results;
        });
        return ApiResponse.Success(ToArray(saved), request.RequestId);
    }

    public ApiResponse Delete(IncomingRequest request)
    {
        var body = JsonArguments.Of(request.Body, "body");
        string? tenantId = request.Tenant(body.String("tenantId"));
        var targets = body.Array("list").EnumerateArray().Select((item, i) =>
        {
            var args = JsonArguments.Of(item, $"list[{i}]");
            return (TargetType: TargetTypeArgument.Require(args.String("targetType", required: true), $"list[{i}].targetType"), Key: args.String("key", required: true)!);
        }).ToList();

        _store.Atomically(() =>
        {
            foreach (var (targetType, key) in targets)
            {
                _store.RemoveCustomField(targetType, key, tenantId);
            }
        });
        return ApiResponse.Success(new JsonObject { ["success"] = true }, request.RequestId);
    }

    private CustomField Merge(CustomFieldPatch patch, string? tenantId, DateTimeOffset now)
    {
        CustomField? existing = _store.FindCustomField(patch.TargetType, patch.Key, tenantId);
        if (existing is null)
        {
            if (patch.DataType is null)
            {
                throw ApiFailureException.InvalidArgument($"dataType is required to create custom field '{patch.Key}' for {patch.TargetType}");
            }

            return patch.Apply(new CustomField { TargetType = patch.TargetType, Key = patch.Key, DataType = patch.DataType }, now);
        }

        if (patch.DataType is not null && patch.DataType != existing.DataType)
        {
            throw new ApiFailureException(
                400, GenAuthApiCodes.DataTypeChangeRefused,
                $"dataType of custom field '{patch.Key}' for {patch.TargetType} is {existing.DataType} and cannot change to {patch.DataType}");
        }

        return patch.Apply(existing, now);
    }

    private static JsonArray ToArray(IEnumerable<CustomField> fields) =>
        new(fields.Select(f => (JsonNode)CustomFieldJson.ToDto(f)).ToArray());
}
