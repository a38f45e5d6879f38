using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FieldGen.Wire;

namespace FieldGen.TestServer;

/// <summary>
/// get-user and list-users as the Node.js SDK 4.x calls them: <c>GET /api/v3/get-user?userId=..&amp;withCustomData=true</c>
/// and <c>POST /api/v3/list-users</c> with <c>{ "options": { "pagination": { "page", "limit" }, "withCustomData" } }</c>.
/// A user carries <c>customData</c> only when asked for it, as the API does. create-user stores the
/// <c>customData</c> object it is given; update-user merges it (keys not sent keep their values, a
/// <c>null</c> clears one); both answer with the user and its custom data.
/// </summary>
internal sealed class UserEndpoints
{
    /// <summary>The documented cap on <c>options.pagination.limit</c>.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The documented default page size.</summary>
    public const int DefaultPageSize = 10;

    private readonly UserDirectory _users;
    private readonly GenAuthStore _store;
    private readonly CustomDataEndpoints _customData;

    public UserEndpoints(UserDirectory users, GenAuthStore store, CustomDataEndpoints customData)
    {
        _users = users;
        _store = store;
        _customData = customData;
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

    /// <summary>create-user: one of username, email and phone is required; those and externalId are unique in the pool.</summary>
    public ApiResponse Create(IncomingRequest request)
    {
        var body = JsonArguments.Of(request.Body, "body");
        var user = new TestUser(NewUserId())
        {
            Username = body.String("username"),
            Email = body.String("email"),
            Phone = body.String("phone"),
            Nickname = body.String("nickname"),
            Name = body.String("name"),
            ExternalId = body.String("externalId"),
        };
        if (string.IsNullOrEmpty(user.Username) && string.IsNullOrEmpty(user.Email) && string.IsNullOrEmpty(user.Phone))
        {
            throw ApiFailureException.InvalidArgument("one of username, email and phone is required");
        }

        string? tenantId = request.Tenant(null);
        var target = new CustomDataTarget(TargetTypes.User.WireName, user.UserId, null, tenantId);
        _store.Atomically(() =>
        {
            // Checked before the user exists, so a refused value creates nobody.
            var writes = body.Element("customData") is { } data ? _customData.DataObjectWrites(data, target, "body.customData") : null;
            if (_users.TryAddUnique(user) is { } taken)
            {
                throw new ApiFailureException(409, GenAuthApiCodes.UserAlreadyExists, $"a user with this {taken} already exists");
            }

            if (writes is not null)
            {
                _store.WriteCustomData(writes);
            }
        });
        return ApiResponse.Success(ToDto(user, withCustomData: true, tenantId), request.RequestId);
    }

    /// <summary>update-user: the user named by <c>userId</c>; <c>customData</c> keys are merged into its custom data.</summary>
    public ApiResponse Update(IncomingRequest request)
    {
        var body = JsonArguments.Of(request.Body, "body");
        string userId = body.String("userId", required: true)!;
        string? tenantId = request.Tenant(null);
        var target = new CustomDataTarget(TargetTypes.User.WireName, userId, null, tenantId);
        TestUser updated = _store.Atomically(() =>
        {
            var writes = body.Element("customData") is { } data ? _customData.DataObjectWrites(data, target, "body.customData") : null;
            TestUser? result = null;
            bool found = _users.TryUpdate(userId, user => result = user with
            {
                Username = body.Has("username") ? body.String("username") : user.Username,
                Email = body.Has("email") ? body.String("email") : user.Email,
                Phone = body.Has("phone") ? body.String("phone") : user.Phone,
                Nickname = body.Has("nickname") ? body.String("nickname") : user.Nickname,
                Name = body.Has("name") ? body.String("name") : user.Name,
                ExternalId = body.Has("externalId") ? body.String("externalId") : user.ExternalId,
            });
            if (!found)
            {
                throw new ApiFailureException(404, GenAuthApiCodes.UserNotFound, "user not found");
            }

            if (writes is not null)
            {
                _store.WriteCustomData(writes);
            }

            return result!;
        });
        return ApiResponse.Success(ToDto(updated, withCustomData: true, tenantId), request.RequestId);
    }

    /// <summary>A 24-hex-digit ID, the form GenAuth's user IDs take.</summary>
    private static string NewUserId() => Guid.NewGuid().ToString("N").Substring(0, 24);

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
            ["name"] = user.Name,
            ["externalId"] = user.ExternalId,
            ["gender"] = "U",
            ["emailVerified"] = false,
            ["phoneVerified"] = false,
            ["userSourceType"] = "manual",
        };
        if (withCustomData)
        {
            var data = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> value in _store.GetCustomData(new CustomDataTarget(TargetTypes.User.WireName, user.UserId, null, tenantId)))
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
