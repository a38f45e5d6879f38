using System.Collections.Generic;
using FieldGen.Client;

namespace FieldGen.WebSample;

/// <summary>What GET /profile answers: the user's typed custom data.</summary>
/// <param name="UserId">The user.</param>
/// <param name="School">The school's option value (<c>pku</c>), also when the schema does not list it.</param>
/// <param name="Age">The age.</param>
/// <param name="IsVerified">Whether the user is verified.</param>
public sealed record Profile(string UserId, string? School, double? Age, bool? IsVerified)
{
    /// <summary>The profile of one user's custom data.</summary>
    public static Profile Of(string userId, UserCustomData data) =>
        new(userId, data.SchoolValue?.RawValue, data.Age, data.IsVerified);

    /// <summary>Every user's profile, streamed as the pages arrive.</summary>
    public static async IAsyncEnumerable<Profile> All(IAsyncEnumerable<GenAuthUser<UserCustomData>> users)
    {
        await foreach (GenAuthUser<UserCustomData> user in users)
        {
            yield return Of(user.UserId, user.CustomData ?? new UserCustomData());
        }
    }
}
