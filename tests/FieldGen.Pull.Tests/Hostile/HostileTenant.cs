using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>A hostile answer to get-custom-fields (chosen by the request's tenantId) or to get-management-token (queued, one per token request).</summary>
    internal sealed record HostileScenario(string Name, Func<ReceivedRequest, HostileAnswer> Answer, string ExpectedCode, string? ExpectedText = null);

    /// <summary>
    /// The hostile stand-in for GenAuth: a <see cref="HostileServer"/> whose answers echo the access key
    /// secret, the token and the request signature in every <see cref="EchoForms"/> form through every
    /// field of the envelope, redirect to <see cref="Elsewhere"/>, stream 300 MB, never end, drip, and
    /// issue tokens with absurd lifetimes or header-breaking claims.
    /// </summary>
    internal sealed class HostileTenant : IAsyncDisposable
    {
        public const string AccessKeyId = "hostile-key-id";
        public const string Secret = "SECRET-h0st1le/Zq+81-xyzW";
        public const string HugeMessageBytes = "314572800";
        private const string NormalFields = """{"statusCode":200,"message":"","data":[{"targetType":"USER","key":"age","dataType":"NUMBER","label":"Age","description":"years"}]}""";

        private readonly ConcurrentQueue<HostileScenario> _tokenAnswers = new();
        private readonly Dictionary<string, HostileScenario> _fieldAnswers;

        public HostileTenant()
        {
            Token = Jwt("pool1");
            _fieldAnswers = FieldScenarios().ToDictionary(s => s.Name);
            Elsewhere = new HostileServer(_ => HostileAnswer.Json(NormalFields));
            Server = new HostileServer(Answer);
        }

        public HostileServer Server { get; }

        /// <summary>The other host a redirect points to: it must never receive a request.</summary>
        public HostileServer Elsewhere { get; }

        /// <summary>The well-formed token issued when no token scenario is queued.</summary>
        public string Token { get; }

        public IReadOnlyCollection<HostileScenario> FieldAnswers => _fieldAnswers.Values;

        /// <summary>Every credential a leak scan looks for: secret, tokens issued, and each signature and bearer value the server received.</summary>
        public IEnumerable<string> Credentials()
        {
            yield return Secret;
            yield return Token;
            yield return InjectedToken;
            foreach (ReceivedRequest request in Server.Received.Concat(Elsewhere.Received))
            {
                string? authorization = request.Header("authorization");
                if (authorization is not null)
                {
                    yield return authorization[(Math.Max(authorization.LastIndexOf(':'), authorization.LastIndexOf(' ')) + 1)..];
                }
            }
        }

        public Dictionary<string, string> Environment() => new()
        {
            ["FIELDGEN_ACCESS_KEY_ID"] = AccessKeyId,
            ["FIELDGEN_ACCESS_KEY_SECRET"] = Secret,
            ["FIELDGEN_HOST"] = Server.BaseAddress.ToString(),
        };

        public void QueueTokenAnswer(HostileScenario scenario) => _tokenAnswers.Enqueue(scenario);

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            await Elsewhere.DisposeAsync();
        }

        private static string InjectedToken => Jwt("pool1\r\nx-injected: yes");

        private HostileAnswer Answer(ReceivedRequest request)
        {
            if (request.Path.EndsWith("/get-management-token", StringComparison.Ordinal))
            {
                return _tokenAnswers.TryDequeue(out HostileScenario? scenario)
                    ? scenario.Answer(request)
                    : HostileAnswer.Json("""{"statusCode":200,"data":{"access_token":"TOKEN","expires_in":7200}}""".Replace("TOKEN", Token));
            }

            // The scenario is the tenant: in the query of a GET, in the body of setCustomData.
            string? tenant = request.Query.TryGetValue("tenantId", out string? inQuery) ? inQuery
                : System.Text.RegularExpressions.Regex.Match(request.BodyText, "\"tenantId\":\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;
            return tenant is not null && _fieldAnswers.TryGetValue(tenant, out HostileScenario? fields)
                ? fields.Answer(request)
                : HostileAnswer.Json(NormalFields);
        }

        /// <summary>The echo scenarios: every envelope field, every form, the secret and the request's own Authorization value.</summary>
        private IEnumerable<HostileScenario> FieldScenarios()
        {
            yield return new("normal", _ => HostileAnswer.Json(NormalFields), "none");
            foreach (string form in EchoForms.All)
            {
                foreach ((string what, Func<ReceivedRequest, string> credential) in new (string, Func<ReceivedRequest, string>)[]
                {
                    ("secret", _ => Secret),
                    ("authorization", r => r.Header("authorization") ?? "none"),
                })
                {
                    string suffix = "-" + form + "-" + what;
                    string Echo(ReceivedRequest r) => EchoForms.InJson(form, credential(r));
                    yield return new("message" + suffix, r => HostileAnswer.Json("""{"statusCode":400,"apiCode":2333,"message":"bad request, you sent E"}""".Replace("E", Echo(r))), "FG2008");
                    yield return new("requestId" + suffix, r => HostileAnswer.Json("""{"statusCode":401,"message":"no","requestId":"R E"}""".Replace("E", Echo(r)), 401), "FG2004");
                    yield return new("apiCode" + suffix, r => HostileAnswer.Json("""{"statusCode":403,"apiCode":"E","message":"denied"}""".Replace("E", Echo(r))), "FG2005");
                    yield return new("rawBody" + suffix, r => new HostileAnswer { Status = 502, Body = Encoding.UTF8.GetBytes("<html>echo ").Concat(EchoForms.InRawBody(form, credential(r))).Concat(Encoding.UTF8.GetBytes("</html>")).ToArray() }, "FG2006");
                    yield return new("label" + suffix, r => HostileAnswer.Json(NormalFields.Replace("\"Age\"", "\"Age E\"").Replace("E\"", Echo(r) + "\"")), "FG2007", "echoes a credential");
                    yield return new("description" + suffix, r => HostileAnswer.Json(NormalFields.Replace("\"years\"", "\"E\"").Replace("\"E\"", "\"" + Echo(r) + "\"")), "FG2007", "echoes a credential");
                    yield return new("location" + suffix, r => Redirect(302, Elsewhere.BaseAddress + "api/v3/get-custom-fields?x=" + Echo(r)), "FG2007", "a redirect");
                }
            }

            foreach (int status in new[] { 301, 302, 303, 307, 308 })
            {
                yield return new("redirect-" + status, _ => Redirect(status, Elsewhere.BaseAddress + "api/v3/get-custom-fields?targetType=USER"), "FG2007", "HTTP " + status + ", a redirect");
            }

            yield return new("multi-line-message", _ => HostileAnswer.Json("{\"statusCode\":400,\"message\":\"" + string.Join("\\r\\n", Enumerable.Range(1, 12).Select(i => "warning FG2004: line " + i)) + "\"}"), "FG2008");
            yield return new("huge-message", _ => new HostileAnswer { Status = 400, Stream = (s, c) => StreamEnvelope(s, long.Parse(HugeMessageBytes), c) }, "FG2007", "answered more than");
            yield return new("endless-body", _ => new HostileAnswer { Stream = (s, c) => StreamBytes(s, (byte)'x', 4L * 1024 * 1024 * 1024, c) }, "FG2007", "answered more than");
            yield return new("declared-3GB", _ => { var a = new HostileAnswer { Stream = (s, c) => StreamBytes(s, (byte)'{', 10, c) }; a.Headers.Add(new("Content-Length", "3000000000")); return a; }, "FG2007", "answered more than");
            yield return new("drip-body", _ => { var a = new HostileAnswer { Stream = Drip }; a.Headers.Add(new("Content-Length", "1000")); return a; }, "FG2003", "body included");
            yield return new("cut-body", _ => { var a = new HostileAnswer { Stream = (s, c) => StreamBytes(s, (byte)' ', 100, c) }; a.Headers.Add(new("Content-Length", "5000")); return a; }, "FG2002", "broke off");
            yield return new("deep-nesting", _ => HostileAnswer.Json("{\"statusCode\":200,\"data\":" + new string('[', 200_000) + new string(']', 200_000) + "}"), "FG2007");
            yield return new("status-1e400", _ => HostileAnswer.Json("""{"statusCode":1e400,"apiCode":1e400,"message":"x"}"""), "FG2008");
            yield return new("invalid-utf8", _ => new HostileAnswer { Status = 200, Body = new byte[] { 0xFF, 0xFE, 0xC3, 0x28, 0x7B, 0x0D, 0x0A, 0x00 } }, "FG2007");
            yield return new("data-is-a-string", _ => HostileAnswer.Json("""{"statusCode":200,"data":"SECRET"}""".Replace("SECRET", Secret)), "FG2007");
            // A header .NET cannot parse: its HttpRequestException quotes the header's name, whatever the server put there.
            yield return new("header-name-echo", r => { var a = HostileAnswer.Json(NormalFields); a.Headers.Add(new("X Echo " + Signature(r), "1")); return a; }, "FG2002");
            yield return new("header-name-flood", _ => { var a = HostileAnswer.Json(NormalFields); a.Headers.Add(new("X \u001b[2J\u001b]0;pwned\u0007" + new string('A', 20_000), "1")); return a; }, "FG2002");
            yield return new("content-type-echo", r => { var a = new HostileAnswer { Status = 502, Body = Encoding.UTF8.GetBytes("no") }; a.Headers.Add(new("Content-Type", "text/" + EchoForms.InJson("url", r.Header("authorization") ?? "x"))); return a; }, "FG2006");
        }

        /// <summary>Token answers, queued one per token request in ManagementToken mode.</summary>
        public IEnumerable<HostileScenario> TokenScenarios()
        {
            foreach (string expiresIn in new[] { "1e12", "3.2e11", "1e400", "-7200", "0", "1e-400", "\"7200\"", "null", "true", "7.2e303" })
            {
                yield return new("expires_in " + expiresIn, _ => HostileAnswer.Json("{\"statusCode\":200,\"data\":{\"access_token\":\"" + Token + "\",\"expires_in\":" + expiresIn + "}}"), "FG2007", "expires_in");
            }

            yield return new("pool id with CRLF", _ => HostileAnswer.Json("{\"statusCode\":200,\"data\":{\"access_token\":\"" + InjectedToken + "\",\"expires_in\":7200}}"), "FG2007", "control character");
            yield return new("token with CRLF", _ => HostileAnswer.Json("{\"statusCode\":200,\"data\":{\"access_token\":\"" + Token + "\\r\\nx-injected: yes\",\"expires_in\":7200}}"), "FG2007", "control character");
            yield return new("requestId echoes the credentials body", r => HostileAnswer.Json("{\"statusCode\":400,\"requestId\":\"R " + r.BodyText.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"}"), "FG2008");
            yield return new("message echoes the secret JSON-escaped", _ => HostileAnswer.Json("{\"statusCode\":400,\"message\":\"" + EchoForms.InJson("json-all", Secret) + "\"}"), "FG2008");
            yield return new("token 307 elsewhere", _ => Redirect(307, Elsewhere.BaseAddress + "api/v3/get-management-token"), "FG2007", "HTTP 307, a redirect");
            yield return new("token 308 elsewhere", _ => Redirect(308, Elsewhere.BaseAddress + "api/v3/get-management-token"), "FG2007", "HTTP 308, a redirect");
            yield return new("token answer over its cap", _ => HostileAnswer.Json("{\"statusCode\":200,\"data\":{\"access_token\":\"" + Token + "\",\"expires_in\":7200,\"pad\":\"" + new string('p', 200_000) + "\"}}"), "FG2007", "answered more than");
        }

        /// <summary>Get-custom-fields answers in ManagementToken mode that echo the bearer token.</summary>
        public IEnumerable<HostileScenario> BearerEchoScenarios()
        {
            foreach (string form in EchoForms.All)
            {
                yield return new("bearer-requestId-" + form, r => HostileAnswer.Json("{\"statusCode\":401,\"requestId\":\"" + EchoForms.InJson(form, r.Header("authorization") ?? "none") + "\"}", 401), "FG2004");
                yield return new("bearer-label-" + form, r => HostileAnswer.Json(NormalFields.Replace("\"Age\"", "\"" + EchoForms.InJson(form, r.Header("authorization") ?? "none") + "\"")), "FG2007", "echoes a credential");
            }
        }

        public void AddFieldScenarios(IEnumerable<HostileScenario> scenarios)
        {
            foreach (HostileScenario scenario in scenarios)
            {
                _fieldAnswers[scenario.Name] = scenario;
            }
        }

        /// <summary>The signature part of the request's Authorization value.</summary>
        private static string Signature(ReceivedRequest request)
        {
            string authorization = request.Header("authorization") ?? "none";
            return authorization[(authorization.LastIndexOf(':') + 1)..];
        }

        private static HostileAnswer Redirect(int status, string location)
        {
            var answer = new HostileAnswer { Status = status, Body = Encoding.UTF8.GetBytes("{\"statusCode\":200,\"data\":[]}") };
            answer.Headers.Add(new("Location", location));
            return answer;
        }

        private static string Jwt(string pool)
        {
            static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            return Part("""{"alg":"HS256","typ":"JWT"}""") + "." + Part("{\"scoped_userpool_id\":\"" + pool.Replace("\r", "\\r").Replace("\n", "\\n") + "\",\"jti\":\"" + Guid.NewGuid().ToString("N") + "\"}") + ".c2lnbmF0dXJlLW9mLXRoZS1ob3N0aWxlLXRva2Vu";
        }

        /// <summary>A failure envelope whose message is <paramref name="messageBytes"/> long, written from one 64 KiB buffer.</summary>
        public static async Task StreamEnvelope(Stream stream, long messageBytes, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("{\"statusCode\":400,\"message\":\""), cancellationToken);
            await StreamBytes(stream, (byte)'A', messageBytes, cancellationToken);
            await stream.WriteAsync(Encoding.UTF8.GetBytes("\"}"), cancellationToken);
        }

        public static async Task StreamBytes(Stream stream, byte value, long count, CancellationToken cancellationToken)
        {
            byte[] chunk = Enumerable.Repeat(value, 64 * 1024).ToArray();
            for (long written = 0; written < count; written += chunk.Length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, count - written)), cancellationToken);
            }
        }

        private static async Task Drip(Stream stream, CancellationToken cancellationToken)
        {
            for (int i = 0; i < 100; i++)
            {
                await stream.WriteAsync(new[] { (byte)' ' }, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                await Task.Delay(200, cancellationToken);
            }
        }
    }
}
