using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using FieldGen.Serialization;

namespace FieldGen.Client
{
    /// <summary>
    /// A user as get-user and list-users return it (GenAuth's <c>UserDto</c>), with its custom data
    /// as a generated class. The common fields are typed; every other field the API sends is kept in
    /// <see cref="OtherFields"/>, so nothing is lost.
    /// </summary>
    /// <typeparam name="TCustomData">The generated USER class, e.g. <c>UserCustomData</c>.</typeparam>
    public sealed class GenAuthUser<TCustomData>
        where TCustomData : CustomData, new()
    {
        /// <summary>The user's ID (the target identifier of its custom data).</summary>
        public string UserId { get; set; } = string.Empty;

        /// <summary>The user name, or null.</summary>
        public string? Username { get; set; }

        /// <summary>The email address, or null.</summary>
        public string? Email { get; set; }

        /// <summary>The phone number, or null.</summary>
        public string? Phone { get; set; }

        /// <summary>The display name, or null.</summary>
        public string? Name { get; set; }

        /// <summary>The nickname, or null.</summary>
        public string? Nickname { get; set; }

        /// <summary>The account status, e.g. <c>Activated</c>, <c>Suspended</c>.</summary>
        public string? Status { get; set; }

        /// <summary>The tenant the user belongs to, or null.</summary>
        public string? TenantId { get; set; }

        /// <summary>The custom data: present when the call asked for it (<c>withCustomData</c>), read as a data object.</summary>
        public TCustomData? CustomData { get; set; }

        /// <summary>Every other field of the user (<c>createdAt</c>, <c>identities</c>, ...), as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? OtherFields { get; set; }
    }
}
