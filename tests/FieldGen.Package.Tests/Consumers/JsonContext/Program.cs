using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Consumer;

var user = new AppUser { Id = "user-1", CustomData = new UserCustomData { Age = 42, SchoolValue = UserCustomData.School.Hust } };
string json = JsonSerializer.Serialize(user, AppJsonContext.Default.AppUser);
Console.WriteLine(json);

AppUser back = JsonSerializer.Deserialize(json, AppJsonContext.Default.AppUser)!;
Console.WriteLine("back: " + back.Id + " " + back.CustomData?.Age + " " + back.CustomData?.SchoolValue);

AppUser none = JsonSerializer.Deserialize("{\"id\":\"user-2\",\"customData\":null}", AppJsonContext.Default.AppUser)!;
Console.WriteLine("none: " + none.Id + " " + (none.CustomData is null));

/// <summary>A user DTO of the app, holding FieldGen's class as a property.</summary>
public sealed class AppUser
{
    /// <summary>The user id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The user's custom data.</summary>
    public UserCustomData? CustomData { get; set; }
}

/// <summary>The app's source-generated serializer context (what AOT and trimmed apps use).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AppUser))]
internal sealed partial class AppJsonContext : JsonSerializerContext
{
}
