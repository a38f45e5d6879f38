using System;
using System.Globalization;
using System.IO;
using FieldGen;

namespace FieldGen.Sample
{
    /// <summary>Reads a GetCustomData response into the generated UserCustomData, changes it, prints the SetCustomData body.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "get-custom-data.json");
            UserCustomData user = UserCustomData.FromJson(File.ReadAllText(path));

            Console.WriteLine("Read from GetCustomData:");
            Console.WriteLine($"  School      = {user.SchoolValue?.Option} (wire \"{user.SchoolValue?.RawValue}\")");
            Console.WriteLine($"  Age         = {user.Age}");
            Console.WriteLine($"  GraduatedAt = {user.GraduatedAt:O}");
            Console.WriteLine($"  IsVerified  = {user.IsVerified}");
            Console.WriteLine($"  EmployeeId  = {user.EmployeeId}");
            foreach (var unknown in user.UnknownFields)
            {
                Console.WriteLine($"  (unknown key '{unknown.Key}' kept: {unknown.Value.GetRawText()})");
            }

            user.SchoolValue = UserCustomData.School.Hust;
            user.Age += 1;

            SetCustomDataRequest request = user.ToSetCustomDataRequest("userId1");
            Console.WriteLine();
            Console.WriteLine("SetCustomData body (only the changed keys):");
            Console.WriteLine(request.ToJson());

            PrintForm(user, new CultureInfo("zh-CN"));
            PrintForm(user, new CultureInfo("en-US"));
            return 0;
        }

        // Labels come from the generated metadata: the culture's i18n label, else its parent's, else "label".
        private static void PrintForm(UserCustomData user, CultureInfo culture)
        {
            Console.WriteLine();
            Console.WriteLine($"Form ({culture.Name}):");
            foreach (CustomFieldInfo field in UserCustomData.Fields.All)
            {
                string flags = (field.IsUnique ? " [unique]" : string.Empty) + (field.IsEncrypted ? " [encrypted]" : string.Empty) + (field.IsUserEditable ? " [user-editable]" : string.Empty);
                Console.WriteLine($"  {field.GetLabel(culture)}: {ValueOf(user, field.Key, culture)}{flags}");
            }
        }

        private static string ValueOf(UserCustomData user, string key, CultureInfo culture) => key switch
        {
            UserCustomData.Keys.School => user.SchoolValue is { } school ? UserCustomData.Fields.School.GetLabel(school, culture) : string.Empty,
            UserCustomData.Keys.Age => user.Age?.ToString(culture) ?? string.Empty,
            UserCustomData.Keys.GraduatedAt => user.GraduatedAt?.ToString("d", culture) ?? string.Empty,
            UserCustomData.Keys.IsVerified => user.IsVerified?.ToString() ?? string.Empty,
            UserCustomData.Keys.EmployeeId => user.EmployeeId ?? string.Empty,
            _ => string.Empty,
        };
    }
}
