namespace FieldGen.Analyzers.Mapping
{
    /// <summary>
    /// The target a key member's keys belong to, beside the four wire names (USER, ROLE, GROUP, DEPARTMENT):
    /// any target type (the key must exist for one of them), or the target read from a member of the
    /// enclosing object initializer (the official SDK's <c>SetCustomDataReqDto.TargetType</c>).
    /// </summary>
    internal static class KeyTargets
    {
        /// <summary>Any target type the schema files define.</summary>
        public const string Any = "*";

        private const string FromMemberPrefix = "@";

        /// <summary>The target written in <paramref name="memberName"/> of the enclosing initializer, else <see cref="Any"/>.</summary>
        public static string FromEnclosingMember(string memberName) => FromMemberPrefix + memberName;

        /// <summary>The member named by a <see cref="FromEnclosingMember"/> target, or null for any other target.</summary>
        public static string? EnclosingMemberOf(string target) =>
            target.StartsWith(FromMemberPrefix, System.StringComparison.Ordinal) ? target.Substring(FromMemberPrefix.Length) : null;
    }
}
