namespace FieldGen.Analyzers.Tests.Support
{
    /// <summary>
    /// A team's own wrappers over an official SDK, annotated in every way the attributes allow; each
    /// test source is compiled with them.
    /// </summary>
    internal static class WrapperApi
    {
        public const string Source = """

            public static class UserApi
            {
                public static void SetField([CustomFieldKey(CustomFieldTarget.User)] string key, [CustomFieldValue] object? value) { }
                public static object? GetField([CustomFieldKey(CustomFieldTarget.User)] string key) => null;
                public static void SetRoleField(string roleCode, [CustomFieldValue(nameof(key))] object? value, [CustomFieldKey(CustomFieldTarget.Role)] string key) { }
                public static void SetGroupField([CustomFieldKey(CustomFieldTarget.Group)] string key, [CustomFieldValue] object? value) { }
                public static void SetMany([CustomFieldKey(CustomFieldTarget.User)] IDictionary<string, object?> values) { }
                public static void SetUnannotated(string key, object? value) { }
                public static void SetOnClient(this SdkClient client, [CustomFieldKey(CustomFieldTarget.User)] string key, [CustomFieldValue] object? value) { }
            }

            public sealed class SdkClient { }

            public sealed record SetCustomDataItem([CustomFieldKey(CustomFieldTarget.User)] string Key, [CustomFieldValue] object? Value);

            public sealed class CustomDataItem
            {
                [CustomFieldKey(CustomFieldTarget.User)] public string Key { get; set; } = "";
                [CustomFieldValue] public object? Value { get; set; }
            }

            public sealed class UserFieldBag : Dictionary<string, object?>
            {
                public new void Add([CustomFieldKey(CustomFieldTarget.User)] string key, [CustomFieldValue] object? value) => base.Add(key, value);

                [CustomFieldValue]
                public new object? this[[CustomFieldKey(CustomFieldTarget.User)] string key] { get => base[key]; set => base[key] = value; }
            }
            """;
    }
}
