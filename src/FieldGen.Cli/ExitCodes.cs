namespace FieldGen.Cli
{
    /// <summary>The tool's exit codes, as CI scripts read them.</summary>
    internal static class ExitCodes
    {
        /// <summary>Done; for check and diff: no differences.</summary>
        public const int Success = 0;

        /// <summary>check: the file differs from the tenant; diff: the files differ.</summary>
        public const int Differs = 1;

        /// <summary>Could not do it: bad arguments, missing credentials, network or API failure, unreadable file.</summary>
        public const int Failed = 2;
    }
}
