namespace FieldGen.Management.Pull
{
    /// <summary>Why a pull did not produce a schema; each kind has its own FG code (<see cref="PullDiagnosticCodes"/>).</summary>
    internal enum PullFailureKind
    {
        MissingCredentials,
        Unreachable,
        Timeout,
        Unauthorized,
        Forbidden,
        ServerError,
        UnexpectedResponse,
        FailureEnvelope,
        SchemaFileAccess,
        InvalidConfiguration,
    }
}
