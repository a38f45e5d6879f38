using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

/// <summary>Answers as the GenAuth docs show them: HTTP 200 envelopes, messages in x-authing-lang, GROUP refused by get-custom-fields, NUMBER held as a double.</summary>
public sealed class DocumentedAnswerTests
{
    [Fact]
    public async Task Messages_follow_x_authing_lang_with_zh_CN_as_the_default()
    {
        await using var session = await ServerSession.StartAsync();

        var chinese = await session.SendAsync(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER")));
        var english = SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "USER"));
        english.Headers["x-authing-lang"] = "en-US";
        var englishReply = await session.SendAsync(english);
        var refusedInEnglish = SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "ORG"));
        refusedInEnglish.Headers["x-authing-lang"] = "en-US";

        Assert.Equal("操作成功", chinese.Message);
        Assert.Equal("Operation successful", englishReply.Message);
        Assert.StartsWith("参数错误：", (await session.SendAsync(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "ORG")))).Message);
        Assert.DoesNotContain("参数", (await session.SendAsync(refusedInEnglish)).Message);
    }

    [Fact]
    public async Task Auth_failures_answer_HTTP_200_unless_the_option_keeps_401()
    {
        await using var documented = await ServerSession.StartAsync();
        await using var strict = await ServerSession.StartAsync(new GenAuthTestServerOptions { HttpStatusForAuthFailures = true });

        (await documented.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER"))).AssertFailure(401, GenAuthApiCodes.MissingAuthorization);
        (await strict.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/get-custom-fields?targetType=USER"))).AssertFailure(401, GenAuthApiCodes.MissingAuthorization, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Get_custom_fields_refuses_GROUP_as_documented_unless_allowed()
    {
        await using var documented = await ServerSession.StartAsync();
        await using var allowing = await ServerSession.StartAsync(new GenAuthTestServerOptions { AllowGroupCustomFields = true });
        var english = SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "GROUP"));
        english.Headers["x-authing-lang"] = "en-US";

        var refused = await documented.SendAsync(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "GROUP")));
        refused.AssertFailure(400, GenAuthApiCodes.UnsupportedTargetType);
        Assert.Equal("该接口暂不支持分组(GROUP)", refused.Message);
        Assert.Equal("This interface does not support grouping (GROUP) yet", (await documented.SendAsync(english)).Message);
        (await allowing.SendAsync(SignedRequest.Get("/api/v3/get-custom-fields", ("targetType", "GROUP")))).AssertSuccess();
    }

    [Fact]
    public async Task NUMBER_values_are_held_as_doubles_and_answered_as_JavaScript_prints_them()
    {
        await using var session = await ServerSession.StartAsync();
        var set = SignedRequest.Post("/api/v3/set-custom-data", JsonNode.Parse("{\"targetType\":\"USER\",\"targetIdentifier\":\"u1\",\"list\":[{\"key\":\"age\",\"value\":12345678901234567890},{\"key\":\"school\",\"value\":\"北大\"}]}")!.AsObject());
        set.SignedBodyTexts["list"] = "[{\"key\":\"age\",\"value\":12345678901234567000},{\"key\":\"school\",\"value\":\"北大\"}]";
        (await session.SendAsync(set)).AssertSuccess();

        var reply = await session.SendAsync(SignedRequest.Get("/api/v3/get-custom-data", ("targetType", "USER"), ("targetIdentifier", "u1")));

        reply.AssertSuccess();
        Assert.Contains("\"age\":12345678901234567000", reply.Text);
        Assert.Contains("\"school\":\"北大\"", reply.Text);

        // Held as the double, not the text sent: 18.50 is stored as 18.5.
        var decimalText = SignedRequest.Post("/api/v3/set-custom-data", JsonNode.Parse("{\"targetType\":\"USER\",\"targetIdentifier\":\"u1\",\"list\":[{\"key\":\"age\",\"value\":18.50}]}")!.AsObject());
        decimalText.BodyText = "{\"targetType\":\"USER\",\"targetIdentifier\":\"u1\",\"list\":[{\"key\":\"age\",\"value\":18.50}]}";
        decimalText.SignedBodyTexts["list"] = "[{\"key\":\"age\",\"value\":18.5}]";
        (await session.SendAsync(decimalText)).AssertSuccess();
        Assert.Equal("18.5", session.Server.Store.GetCustomData(new CustomDataTarget("USER", "u1"))["age"]!.ToJsonString());
    }
}
