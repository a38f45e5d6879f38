namespace FieldGen.TestServer;

/// <summary>What authentication concluded: the scheme tried and, on failure, the apiCode and message for the 401 envelope.</summary>
internal sealed record AuthOutcome(AuthScheme Scheme, int? FailureApiCode, string? FailureMessage)
{
    /// <summary>For requests that never reached authentication: a fault answered them, no endpoint matched, or it needs none.</summary>
    public static readonly AuthOutcome NotAttempted = new(AuthScheme.None, 0, "not attempted");

    public bool Succeeded => FailureApiCode is null;

    public static AuthOutcome Accepted(AuthScheme scheme) => new(scheme, null, null);

    public static AuthOutcome Refused(AuthScheme scheme, int apiCode, string message) => new(scheme, apiCode, message);
}
