using FieldGen;

namespace Mistakes
{
    public static class UserApi
    {
        public static void SetField([CustomFieldKey(CustomFieldTarget.User)] string key, [CustomFieldValue] object? value)
        {
        }
    }

    public static class AllOfThem
    {
        public static string? Run(UserCustomData user)
        {
            UserApi.SetField("scool", "pku");
            UserApi.SetField(UserCustomData.Keys.School, "mit");
            UserApi.SetField(UserCustomData.Keys.School, "hsut");
            UserApi.SetField(UserCustomData.Keys.Age, "eighteen");
            user.UnknownFields.Set("age", "18");
            user.UnknownFields.Set("scool", "pku");
            user.SchoolValue = OptionValue<UserCustomData.School>.Unlisted("pku");
            var unlisted = OptionValue<UserCustomData.School>.Unlisted("hust");
            UserApi.SetField("age", 18);
            return user.HasChanges ? unlisted.RawValue : null;
        }
    }
}
