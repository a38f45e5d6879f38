using System;
using FieldGen.Management.Schema;

namespace FieldGen.Pull.Tests
{
    /// <summary>What the change report says of a field or option kept as a tombstone with the default 30 days.</summary>
    internal static class TombstoneText
    {
        public static string KeptSince(DateTimeOffset pulledAt)
        {
            string removedAt = SchemaTombstones.FormatDate(pulledAt);
            return " removed from the tenant on " + removedAt + "; its members stay, marked [Obsolete] (warning CS0618), until "
                + SchemaTombstones.ExpiresOn(removedAt, 30) + " (30 days) or fieldgen prune, then disappear";
        }
    }
}
