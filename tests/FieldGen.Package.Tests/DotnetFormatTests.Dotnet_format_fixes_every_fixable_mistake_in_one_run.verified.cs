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
            UserApi.SetField(UserCustomData.Keys.School, "pku");
            UserApi.SetField(UserCustomData.Keys.School, "mit");
            UserApi.SetField(UserCustomData.Keys.School, "hust");
            UserApi.SetField(UserCustomData.Keys.Age, "eighteen");
            user.Age = 18;
            user.SchoolValue = UserCustomData.School.Pku;
            user.SchoolValue = new OptionValue<UserCustomData.School>(UserCustomData.School.Pku, "pku");
            var unlisted = new OptionValue<UserCustomData.School>(UserCustomData.School.Hust, "hust");
            UserApi.SetField(UserCustomData.Keys.Age, 18);
            return user.HasChanges ? unlisted.RawValue : null;
        }
    }
}
