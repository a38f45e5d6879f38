using System.Collections.Generic;
using FieldGen.Management.Changes;

namespace FieldGen.Management.Pull
{
    /// <summary>What a pull did to the schema file.</summary>
    internal enum SchemaPullOutcome
    {
        /// <summary>There was no file; now there is.</summary>
        Created,

        /// <summary>The content changed; the file was replaced and a change report written.</summary>
        Updated,

        /// <summary>The tenant's schema is what the file says; the file was not touched.</summary>
        Unchanged,
    }

    /// <summary>The result of a successful pull or check (failures are <see cref="PullException"/>s).</summary>
    internal sealed class SchemaPullResult
    {
        public SchemaPullResult(SchemaPullOutcome outcome, int fieldCount, SchemaChangeReport? changes, string? changeReportPath, IReadOnlyList<RefusedTargetType>? refused = null)
        {
            RefusedTargetTypes = refused ?? new RefusedTargetType[0];
            Outcome = outcome;
            FieldCount = fieldCount;
            Changes = changes;
            ChangeReportPath = changeReportPath;
        }

        public SchemaPullOutcome Outcome { get; }

        /// <summary>Fields in the tenant's schema, all target types.</summary>
        public int FieldCount { get; }

        /// <summary>The differences from the previous file; null when nothing changed or there was no previous file.</summary>
        public SchemaChangeReport? Changes { get; }

        /// <summary>The target types the server refused (warning FG2013 each); their fields in the file were kept.</summary>
        public IReadOnlyList<RefusedTargetType> RefusedTargetTypes { get; }

        /// <summary>The Markdown report written, or null.</summary>
        public string? ChangeReportPath { get; }
    }
}
