using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>get-management-token: credentials in, a JWT-shaped token out. Bad credentials answer HTTP 200 with a 401 envelope, as V3 does.</summary>
internal sealed class ManagementTokenEndpoint
{
    private readonly GenAuthTestServerOptions _options;
    private readonly ManagementTokenIssuer _issuer;
    private readonly ServerCounters _counters;

    public ManagementTokenEndpoint(GenAuthTestServerOptions options, ManagementTokenIssuer issuer, ServerCounters counters)
    {
        _options = options;
        _issuer = issuer;
        _counters = counters;
    }

    public ApiResponse Issue(IncomingRequest request)
    {
        var body = JsonArguments.Of(request.Body, "body");
        string id = body.String("accessKeyId", required: true)!;
        string secret = body.String("accessKeySecret", required: true)!;
        if (!Same(id, _options.AccessKeyId) || !Same(secret, _options.AccessKeySecret))
        {
            return ApiResponse.Failure(401, GenAuthApiCodes.BadCredentials, "invalid accessKeyId or accessKeySecret", request.RequestId);
        }

        var (token, expiresIn) = _issuer.Issue();
        _counters.CountTokenIssued();
        return ApiResponse.Success(new JsonObject { ["access_token"] = token, ["expires_in"] = expiresIn }, request.RequestId);
    }

    private static bool Same(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
