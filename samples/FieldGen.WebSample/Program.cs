using System.Threading;
using FieldGen.Client;
using FieldGen.WebSample;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// GenAuth:Host and GenAuth:AccessKeyId from appsettings.json; the secret from user-secrets or the
// environment (GenAuth__AccessKeySecret). Checked when the app starts.
builder.Services.AddGenAuthCustomData(builder.Configuration.GetSection("GenAuth"));

var app = builder.Build();

app.MapGet("/profile/{userId}", async (string userId, GenAuthCustomDataClient genAuth, CancellationToken cancellationToken) =>
{
    UserCustomData data = await genAuth.GetCustomDataAsync<UserCustomData>(userId, cancellationToken: cancellationToken);
    return Results.Ok(Profile.Of(userId, data));
});

app.MapPut("/profile/{userId}", async (string userId, UserCustomData change, GenAuthCustomDataClient genAuth, CancellationToken cancellationToken) =>
{
    // The body is a data object ({"school": "hust", "age": 19}) read by the generated converter. Only
    // the two keys set here go into the setCustomData call; the user's other fields stay as they are.
    var data = new UserCustomData { SchoolValue = change.SchoolValue, Age = change.Age };
    await genAuth.SetCustomDataAsync(data, userId, cancellationToken: cancellationToken);
    return Results.NoContent();
});

app.MapGet("/profiles", (GenAuthCustomDataClient genAuth, CancellationToken cancellationToken) =>
    Profile.All(genAuth.ListUsersAsync<UserCustomData>(cancellationToken: cancellationToken)));

app.Run();

/// <summary>The sample's entry point, visible to its tests (WebApplicationFactory).</summary>
public partial class Program
{
}
