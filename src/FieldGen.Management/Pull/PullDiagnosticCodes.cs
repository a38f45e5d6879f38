using System;

namespace FieldGen.Management.Pull
{
    /// <summary>
    /// The FG2xxx codes of the pull, logged as MSBuild warnings (errors with FieldGenPullStrict) and
    /// printed by the CLI. Documented in docs/diagnostics-pull.md, one anchor per code.
    /// </summary>
    internal static class PullDiagnosticCodes
    {
        public const string MissingCredentials = "FG2001";
        public const string Unreachable = "FG2002";
        public const string Timeout = "FG2003";
        public const string Unauthorized = "FG2004";
        public const string Forbidden = "FG2005";
        public const string ServerError = "FG2006";
        public const string UnexpectedResponse = "FG2007";
        public const string FailureEnvelope = "FG2008";
        public const string SchemaFileAccess = "FG2009";
        public const string InvalidConfiguration = "FG2010";
        public const string BreakingChange = "FG2011";
        public const string EnvironmentInBinaryLog = "FG2012";
        public const string TargetTypeRefused = "FG2013";

        private const string HelpBase = FieldGenRepository.Url + "/blob/main/docs/diagnostics-pull.md#";

        public static string For(PullFailureKind kind) => kind switch
        {
            PullFailureKind.MissingCredentials => MissingCredentials,
            PullFailureKind.Unreachable => Unreachable,
            PullFailureKind.Timeout => Timeout,
            PullFailureKind.Unauthorized => Unauthorized,
            PullFailureKind.Forbidden => Forbidden,
            PullFailureKind.ServerError => ServerError,
            PullFailureKind.UnexpectedResponse => UnexpectedResponse,
            PullFailureKind.FailureEnvelope => FailureEnvelope,
            PullFailureKind.SchemaFileAccess => SchemaFileAccess,
            PullFailureKind.InvalidConfiguration => InvalidConfiguration,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        public static string HelpLink(string code) => HelpBase + code.ToLowerInvariant();
    }
}
