namespace FieldGen.Management.Schema
{
    /// <summary>The target types get-custom-fields is asked for, in the normalized file's order.</summary>
    internal static class TargetTypes
    {
        public static readonly string[] All = { "USER", "ROLE", "GROUP", "DEPARTMENT" };
    }
}
