using System;

namespace FieldGen.TestServer;

/// <summary>
/// A user of the fake user pool, as get-user and list-users return it (the <c>UserDto</c> fields a
/// test cares about); its custom data lives in <see cref="GenAuthStore"/> under target type USER.
/// </summary>
/// <param name="UserId">The user's ID: what get-user's <c>userId</c> and get-custom-data's <c>targetIdentifier</c> name.</param>
public sealed record TestUser(string UserId)
{
    /// <summary>The user name, or <see langword="null"/>.</summary>
    public string? Username { get; init; }

    /// <summary>The email address, or <see langword="null"/>.</summary>
    public string? Email { get; init; }

    /// <summary>The phone number, or <see langword="null"/>.</summary>
    public string? Phone { get; init; }

    /// <summary>The nickname, or <see langword="null"/>.</summary>
    public string? Nickname { get; init; }

    /// <summary>The display name, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>The ID in an external system, or <see langword="null"/>.</summary>
    public string? ExternalId { get; init; }

    /// <summary>When the user was created (default: the Unix epoch, so answers are reproducible).</summary>
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UnixEpoch;
}
