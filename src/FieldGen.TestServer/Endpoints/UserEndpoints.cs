using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>
/// get-user and list-users as the Node.js SDK 4.x calls them: <c>GET /api/v3/get-user?userId=..&amp;withCustomData=true</c>
/// and <c>POST /api/v3/list-users</c> with <c>{ "options": { "pagination": { "page", "limit" }, "withCustomData" } }</c>.
/// A user carries <c>customData</c> only when asked for it, as the API does.
/// </summary>
internal sealed class UserEndpoints
{
    /// <summary>The documented cap on <c>options.pagination.limit</c>.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The documented default page size.</summary>
    public const int DefaultPageSize = 10;

    private readonly UserDirectory _users;
    private readonly GenAuthStore _store;

    public UserEndpoints(UserDirectory users, GenAuthStore store)
    {
        _users = users;
        _store = store;
    }

    public ApiResponse Get(IncomingRequest request)
    {
        string userId = request.QueryValue("userId") is { Length: > 0 } id ? id : throw ApiFailureException.InvalidArgument("userId is required");
        bool withCustomData = QueryBool(request, "withCustomData");
        TestUser user = Find(request.QueryValue("userIdType") ?? "user_id", userId)
            ?? throw new ApiFailureException(404, GenAuthApiCodes.UserNotFound, "user not found");
        return ApiResponse.Success(ToDto(user, withCustomData, request.Tenant(null)), request.RequestId);
    }

    public ApiResponse List(IncomingRequest request)
    {
        var body = request.HasBody ? JsonArguments.Of(request.Body, "body") : (JsonArguments?)null;
        var options = body?.Element("options") is { } element ? JsonArguments.Of(element, "body.options") : (JsonArguments?)null;
        var pagination = options?.Element("pagination") is { } paging ? JsonArguments.Of(paging, "body.options.pagination") : (JsonArguments?)null;
        int page = pagination?.Int("page") ?? 1;
        int limit = pagination?.Int("limit") ?? DefaultPageSize;
        if (page < 1)
        {
            throw ApiFailureException.InvalidArgument("options.pagination.page starts at 1");
        }

        if (limit < 1 || limit > MaxPageSize)
        {
            throw ApiFailureException.InvalidArgument($"options.pagination.limit must be between 1 and {MaxPageSize}");
        }

        bool withCustomData = options?.Bool("withCustomData") ?? false;
        string? tenantId = request.Tenant(null);
        var (users, totalCount) = _users.Page(page, limit);
        var list = new JsonArray();
        foreach (TestUser user in users)
        {
            list.Add(ToDto(user, withCustomData, tenantId));
        }

        return ApiResponse.Success(new JsonObject { ["totalCount"] = totalCount, ["list"] = list }, request.RequestId);
    }

    private TestUser? Find(string userIdType, string value) => userIdType switch
    {
        "user_id" => _users.Find(value),
        "username" => _users.FindBy(u => u.Username, value),
        "email" => _users.FindBy(u => u.Email, value),
        "phone" => _users.FindBy(u => u.Phone, value),
        _ => throw ApiFailureException.InvalidArgument($"userIdType '{userIdType}' is not one of user_id, username, email, phone"),
    };

    private JsonObject ToDto(TestUser user, bool withCustomData, string? tenantId)
    {
        string createdAt = user.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var dto = new JsonObject
        {
            ["userId"] = user.UserId,
            ["createdAt"] = createdAt,
            ["updatedAt"] = createdAt,
            ["status"] = "Activated",
            ["workStatus"] = "Active",
            ["email"] = user.Email,
            ["phone"] = user.Phone,
            ["username"] = user.Username,
            ["nickname"] = user.Nickname,
            ["gender"] = "U",
            ["emailVerified"] = false,
            ["phoneVerified"] = false,
            ["userSourceType"] = "manual",
        };
        if (withCustomData)
        {
            var data = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> value in _store.GetCustomData(new CustomDataTarget("USER", user.UserId, null, tenantId)))
            {
                data[value.Key] = value.Value;
            }

            dto["customData"] = data;
        }

        return dto;
    }

    /// <summary>The SDKs send booleans in a query as <c>true</c> / <c>false</c>.</summary>
    private static bool QueryBool(IncomingRequest request, string name) => request.QueryValue(name) switch
    {
        null or "" or "false" => false,
        "true" => true,
        var other => throw ApiFailureException.InvalidArgument($"{name} must be true or false, not '{other}'"),
    };
}
