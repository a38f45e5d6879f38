using System;
using System.Net;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer.Tests;

/// <summary>An HTTP answer read to the end, with the envelope's parts at hand.</summary>
internal sealed record Reply(HttpStatusCode Http, string Text)
{
    public JsonObject Json => JsonNode.Parse(Text)?.AsObject() ?? throw new InvalidOperationException("empty body");

    /// <summary>The V3 <c>statusCode</c>, or the V2 <c>code</c>.</summary>
    public int StatusCode => (int)(Json["statusCode"] ?? Json["code"])!;

    public int? ApiCode => (int?)Json["apiCode"];

    public string Message => (string?)Json["message"] ?? "";

    public JsonNode? Data => Json["data"];

    /// <summary>Asserts the envelope has a GUID requestId (every answer must) and returns the body.</summary>
    public JsonObject AssertEnvelope()
    {
        JsonObject json = Json;
        Assert.True(Guid.TryParse((string?)json["requestId"], out _), "requestId is not a GUID in: " + Text);
        return json;
    }

    public void AssertSuccess()
    {
        AssertEnvelope();
        Assert.True(Http == HttpStatusCode.OK && StatusCode == 200, "expected success, got: " + Text);
        Assert.False(Json.ContainsKey("apiCode"), "a success carries no apiCode: " + Text);
    }

    public void AssertFailure(int statusCode, int apiCode, HttpStatusCode http = HttpStatusCode.OK)
    {
        AssertEnvelope();
        Assert.Equal((statusCode, apiCode, http), (StatusCode, ApiCode ?? 0, Http));
    }
}
