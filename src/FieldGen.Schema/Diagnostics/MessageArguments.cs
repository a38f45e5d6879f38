namespace FieldGen.Diagnostics
{
    /// <summary>
    /// Keeps every diagnostic message on one line and bounded: a key, option or data type written with a
    /// line break or another control character (valid in JSON and in a C# literal) is shown escaped, so the
    /// build log's "file(line,col): warning FGxxxx: message" line stays whole. The rule itself is
    /// <see cref="Naming.TenantText"/>'s, shared with the generator's messages.
    /// </summary>
    internal static class MessageArguments
    {
        public static string OneLine(string text) => Naming.TenantText.Excerpt(text, Naming.TenantText.MessageArgumentLength);

        /// <summary>Message arguments with every string one line; other values as they are.</summary>
        public static object?[] OneLine(object?[] arguments)
        {
            var result = new object?[arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                result[i] = arguments[i] is string text ? OneLine(text) : arguments[i];
            }

            return result;
        }
    }
}
