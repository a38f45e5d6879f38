using FieldGen.Model;

namespace FieldGen.Management.Pull
{
    /// <summary>One schema file to pull into: its path, the tenant, and the generator options its FieldGenSchema item has (for the change report's names).</summary>
    internal sealed class SchemaPullTarget
    {
        public SchemaPullTarget(string schemaPath, string? tenantId, SchemaFileOptions options)
        {
            SchemaPath = schemaPath;
            TenantId = string.IsNullOrWhiteSpace(tenantId) ? null : tenantId!.Trim();
            Options = options;
        }

        public string SchemaPath { get; }

        public string? TenantId { get; }

        public SchemaFileOptions Options { get; }

        /// <summary>Days a removed field or option stays in the file as an obsolete tombstone (FieldGenTombstoneDays, --tombstone-days); 0 drops it at once.</summary>
        public int TombstoneDays { get; init; } = Schema.SchemaTombstones.DefaultDays;

        /// <summary>Where the change report goes: <c>fields.json</c> gives <c>fields.changes.md</c>.</summary>
        public string ChangeReportPath => System.IO.Path.ChangeExtension(SchemaPath, ".changes.md");
    }
}
