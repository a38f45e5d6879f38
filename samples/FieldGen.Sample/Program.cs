using System;
using System.IO;
using FieldGen.Requests;

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
            return 0;
        }
    }
}
