using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FieldGen.TestServer.Tests;

/// <summary>
/// The server verifies signatures and writes answers as a JavaScript server does, checked against node
/// itself: what it rebuilds from a parsed body is <c>JSON.stringify(JSON.parse(text))</c>, so a client
/// that signs the escaped text it sent is refused, as production would refuse it.
/// </summary>
public sealed class JavaScriptSemanticsTests
{
    private const string EscapedList = "[{\"key\":\"school\",\"value\":\"\\u5317\\u5927 \\u003Ca\\u0026b\\u003E 'x' +1\"},{\"key\":\"age\",\"value\":18.50}]";

    [Fact]
    public async Task A_request_signed_over_the_escaped_raw_body_text_is_refused_and_the_same_body_signed_as_node_signs_it_is_accepted()
    {
        await using var session = await ServerSession.StartAsync();
        string body = "{\"targetType\":\"USER\",\"targetIdentifier\":\"u1\",\"list\":" + EscapedList + "}";

        // What node signs for this body: `list=${JSON.stringify(JSON.parse(text).list)}`.
        string nodeSigned = (string)(await NodeEval.RunAsync("return JSON.stringify(JSON.parse(input).list);", JsonValue.Create(body)!))!;
        Assert.Equal("[{\"key\":\"school\",\"value\":\"北大 <a&b> 'x' +1\"},{\"key\":\"age\",\"value\":18.5}]", nodeSigned);

        var raw = Request(body, EscapedList);
        var asNode = Request(body, nodeSigned);

        (await session.SendAsync(raw)).AssertFailure(401, GenAuthApiCodes.BadSignature);
        (await session.SendAsync(asNode)).AssertSuccess();
        Assert.Equal(18.5, (double)session.Server.Store.GetCustomData(new CustomDataTarget("USER", "u1"))["age"]!);
    }

    [Fact]
    public async Task A_number_is_signed_as_JavaScript_prints_the_double_it_parses_to()
    {
        await using var session = await ServerSession.StartAsync();
        string body = "{\"targetType\":\"USER\",\"targetIdentifier\":\"u1\",\"list\":[],\"n\":12345678901234567890}";

        (await session.SendAsync(Request(body, "[]", ("n", "12345678901234567890")))).AssertFailure(401, GenAuthApiCodes.BadSignature);
        (await session.SendAsync(Request(body, "[]", ("n", "12345678901234567000")))).AssertSuccess();
    }

    /// <summary>Differential: the server's JSON.stringify(JSON.parse(text)) and template rendering against node's, byte for byte.</summary>
    [Fact]
    public async Task The_servers_JavaScript_model_matches_node_on_a_hostile_corpus()
    {
        var corpus = new List<string>
        {
            "\"北大 <a&b> 'x' +1\"", "\"\\u5317\\u5927\"", "\"tab\\tnl\\ncr\\rff\\fbs\\bq\\\"sl\\\\/\\/\"", "\"\\u0000\\u0001\\u001f\\u007f\\u2028\\u2029\"",
            "\"😀 \\ud83d\\ude00\"", "\"\\ud800\"", "\"\\udc00x\"", "\"a\\ud800\\ud800b\"", "\"\\uDBFF\\uDFFF\"", "\"\\u00e9\\u00C9\"",
            "18.50", "0.1", "-0", "0", "-0.0", "1e21", "1e-7", "123456789012345678901", "1.5e-7", "9007199254740993", "12345678901234567890",
            "1.7976931348623157e308", "5e-324", "2.2250738585072014e-308", "1e400", "-1e400", "100", "1E+2", "0.000001", "0.0000001", "123e-20",
            "true", "false", "null", "[]", "{}", "[1,\"a\",null,[2.50]]",
            "{\"b\":1,\"a\":2,\"10\":3,\"2\":4,\"01\":5,\"4294967295\":6,\"4294967294\":7}", "{\"a\":1,\"b\":2,\"a\":3}",
            "{\"k\":\"\\u003c/script\\u003e\",\"n\":[1e21,1e-7,-0,5e-324]}", "  { \"sp\" : [ 1 , 2 ] }  ",
        };
        for (int i = 0; i < 40; i++)
        {
            corpus.Add(((i * 7919.0 + 0.5) / 1000.0 * (i % 3 == 0 ? 1e15 : 1e-3)).ToString("R", CultureInfo.InvariantCulture));
        }

        var input = new JsonArray(corpus.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());
        JsonNode node = await NodeEval.RunAsync(
            "const units = s => Array.from({ length: s.length }, (_, j) => s.charCodeAt(j));\n"
            + "return input.map(t => { const v = JSON.parse(t); return [units(JSON.stringify(v)), units(typeof v === 'object' && v !== null ? JSON.stringify(v) : `${v}`)]; });", input);

        for (int i = 0; i < corpus.Count; i++)
        {
            using var parsed = JsonDocument.Parse(corpus[i]);
            // UTF-16 code units, since lone surrogates cannot travel as .NET strings through JSON.
            Assert.Equal(Units(node[i]![0]!), JavaScriptJson.Stringify(parsed.RootElement));
            Assert.Equal(Units(node[i]![1]!), JavaScriptJson.TemplateText(parsed.RootElement));
        }
    }

    private static string Units(JsonNode codeUnits) => new(codeUnits.AsArray().Select(u => (char)(int)u!).ToArray());

    private static SignedRequest Request(string body, string signedList, params (string Name, string Text)[] more)
    {
        var request = SignedRequest.Post("/api/v3/set-custom-data", JsonNode.Parse(body)!.AsObject());
        request.BodyText = body;
        request.SignedBodyTexts["list"] = signedList;
        foreach (var (name, text) in more)
        {
            request.SignedBodyTexts[name] = text;
        }

        return request;
    }
}
