namespace FieldGen.Management.Pull
{
    /// <summary>
    /// A target type whose get-custom-fields call the server refused (the docs say the endpoint does not
    /// support GROUP yet). The rest of the pull goes on; the type's fields already in the file are kept.
    /// </summary>
    internal sealed class RefusedTargetType
    {
        public RefusedTargetType(string targetType, PullFailure failure, int keptFieldCount)
        {
            TargetType = targetType;
            Failure = failure;
            KeptFieldCount = keptFieldCount;
        }

        public string TargetType { get; }

        /// <summary>The refusal, with the server's message.</summary>
        public PullFailure Failure { get; }

        /// <summary>How many of the type's fields the file already had and still has.</summary>
        public int KeptFieldCount { get; }

        /// <summary>The warning FG2013, naming the type and the server's message.</summary>
        public string Message(string schemaFileName) =>
            Failure.Problem + "; "
            + (KeptFieldCount == 0
                ? schemaFileName + " had no " + TargetType + " fields to keep"
                : "the " + KeptFieldCount + " " + TargetType + " fields already in " + schemaFileName + " are kept unchanged")
            + ", and the other target types were pulled. Leave " + TargetType + " out of TargetTypes (--target-types) if the server never serves it.";
    }
}
