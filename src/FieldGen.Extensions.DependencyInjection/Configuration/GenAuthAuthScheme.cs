namespace FieldGen.Client
{
    /// <summary>How requests prove who sends them; GenAuth accepts both.</summary>
    public enum GenAuthAuthScheme
    {
        /// <summary>Every request signed with the access key (HMAC-SHA1, as the Node.js SDK 4.x does): no token exists to leak.</summary>
        Signature = 0,

        /// <summary>A management token from get-management-token, cached, renewed before it expires and fetched again once after a 401.</summary>
        ManagementToken = 1,
    }
}
