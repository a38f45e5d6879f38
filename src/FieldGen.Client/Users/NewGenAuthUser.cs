namespace FieldGen.Client
{
    /// <summary>
    /// The built-in fields of a user to create (create-user's <c>CreateUserReqDto</c>). At least one of
    /// <see cref="Username"/>, <see cref="Email"/> and <see cref="Phone"/> is required; the custom
    /// data is passed beside it as the generated class.
    /// </summary>
    public sealed class NewGenAuthUser
    {
        /// <summary>The user name, unique in the user pool, or null.</summary>
        public string? Username { get; set; }

        /// <summary>The email address, unique in the user pool, or null.</summary>
        public string? Email { get; set; }

        /// <summary>The phone number, unique in the user pool, or null.</summary>
        public string? Phone { get; set; }

        /// <summary>The initial password in plain text, or null; sent only in the body, never logged.</summary>
        public string? Password { get; set; }

        /// <summary>The display name, or null.</summary>
        public string? Name { get; set; }

        /// <summary>The nickname, or null.</summary>
        public string? Nickname { get; set; }

        /// <summary>The ID in an external system, unique in the user pool, or null.</summary>
        public string? ExternalId { get; set; }
    }
}
