using System;

namespace FieldGen.TestServer;

/// <summary>Picks the scheme from the <c>authorization</c> header and checks it: signed requests or management tokens.</summary>
internal sealed class RequestAuthenticator
{
    private readonly GenAuthTestServerOptions _options;
    private readonly ManagementTokenIssuer _tokens;
    private readonly SignedRequestVerifier _signatures;

    public RequestAuthenticator(GenAuthTestServerOptions options, ManagementTokenIssuer tokens)
    {
        _options = options;
        _tokens = tokens;
        _signatures = new SignedRequestVerifier(options);
    }

    public AuthOutcome Authenticate(IncomingRequest request)
    {
        string? authorization = request.Header("authorization");
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return AuthOutcome.Refused(AuthScheme.None, GenAuthApiCodes.MissingAuthorization, "missing authorization header");
        }

        if (authorization.TrimStart().StartsWith("authing ", StringComparison.OrdinalIgnoreCase))
        {
            return _signatures.Verify(request, authorization);
        }

        return CheckToken(request, StripBearer(authorization));
    }

    private AuthOutcome CheckToken(IncomingRequest request, string token)
    {
        var refusal = _tokens.Check(token) switch
        {
            TokenState.Unknown => (GenAuthApiCodes.InvalidToken, "invalid management token"),
            TokenState.Expired => (GenAuthApiCodes.ExpiredToken, "management token expired"),
            TokenState.Revoked => (GenAuthApiCodes.RevokedToken, "management token revoked"),
            _ => ((int, string)?)null,
        };
        if (refusal is var (apiCode, message))
        {
            return AuthOutcome.Refused(AuthScheme.Bearer, apiCode, message);
        }

        string? userPool = request.Header("x-authing-userpool-id")?.Trim();
        if (!string.Equals(userPool, _options.UserPoolId, StringComparison.Ordinal))
        {
            return AuthOutcome.Refused(
                AuthScheme.Bearer, GenAuthApiCodes.UserPoolMismatch,
                userPool is null ? "missing x-authing-userpool-id header" : "x-authing-userpool-id is not the token's user pool");
        }

        return AuthOutcome.Accepted(AuthScheme.Bearer);
    }

    /// <summary>The Java SDK sends the bare token, the others <c>Bearer &lt;token&gt;</c>.</summary>
    private static string StripBearer(string authorization)
    {
        string value = authorization.Trim();
        return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value;
    }
}
