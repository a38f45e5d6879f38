using System;
using FieldGen;

namespace Consumer
{
    /// <summary>Uses the generated API the way the README shows.</summary>
    public static class Usage
    {
        /// <summary>Reads, changes, writes.</summary>
        public static string Run(string getCustomDataResponse)
        {
            UserCustomData user = UserCustomData.FromJson(getCustomDataResponse);
            bool wasPku = user.SchoolValue == UserCustomData.School.Pku;
            user.SchoolValue = UserCustomData.School.Hust;
            user.Age = (user.Age ?? 0) + 1;
            user.JoinedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
            RoleCustomData role = new RoleCustomData { Budget = 12.5 };
            SetCustomDataRequest request = user.ToSetCustomDataRequest("user-1");
            return wasPku + " " + request.ToJson() + " " + role.ToSetCustomDataRequest("admin", @namespace: "default").ToJson() + " " + UserCustomData.Keys.School;
        }
    }
}
