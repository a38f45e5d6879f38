using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Changes;
using FieldGen.Management.Configuration;
using FieldGen.Management.Http;
using FieldGen.Management.Schema;
using FieldGen.Parsing.Json;

namespace FieldGen.Management.Pull
{
    /// <summary>
    /// Pulls a tenant's custom-field schema into FieldGen's normalized file, writing it only when the
    /// content changed, with a change report beside it; or checks the file against the tenant.
    /// The MSBuild task and the CLI both run this.
    /// </summary>
    internal sealed class SchemaPuller
    {
        private readonly RemoteSchemaReader _remote;
        private readonly Func<DateTimeOffset> _clock;

        /// <param name="http">The client to send requests with.</param>
        /// <param name="connection">Host, credentials and scheme.</param>
        /// <param name="tokens">The management token cache.</param>
        /// <param name="clock">The time requests are signed with.</param>
        /// <param name="schemaClock">The "now" of the file: pulledAt, tombstone dates (UTC yyyy-MM-dd) and their expiry; <paramref name="clock"/> when null. Tests set it to move days without breaking signatures.</param>
        public SchemaPuller(HttpClient http, GenAuthConnection connection, ManagementTokenCache tokens, Func<DateTimeOffset> clock, Func<DateTimeOffset>? schemaClock = null)
        {
            var api = new GenAuthManagementApi(http, connection, tokens, clock);
            _remote = new RemoteSchemaReader(api, connection);
            _clock = schemaClock ?? clock;
            Redactor = api.Redactor;
        }

        /// <summary>Masks the secret and tokens; apply it to any text printed from an unexpected exception.</summary>
        public SecretRedactor Redactor { get; }

        /// <exception cref="PullException">The tenant could not be read, or the file not written; the file is then unchanged.</exception>
        public async Task<SchemaPullResult> PullAsync(SchemaPullTarget target, CancellationToken cancellationToken)
        {
            string? previous = SchemaFileStore.ReadOrNull(target.SchemaPath);
            PulledSchema pulled = await ReadAsync(target, previous, cancellationToken).ConfigureAwait(false);
            int count = NormalizedSchemaWriter.CountFields(pulled);
            IReadOnlyList<RefusedTargetType> refused = Refused(pulled);
            if (SchemaFileStore.IsUpToDate(previous, pulled))
            {
                return new SchemaPullResult(SchemaPullOutcome.Unchanged, count, null, null, refused);
            }

            string pulledAt = NormalizedSchemaWriter.FormatTime(_clock());
            string text = RenderRefusingCredentials(pulled, pulledAt);
            SchemaFileStore.Write(target.SchemaPath, text);
            if (previous is null)
            {
                return new SchemaPullResult(SchemaPullOutcome.Created, count, null, null, refused);
            }

            SchemaChangeReport report = SchemaComparer.Compare(target.SchemaPath, previous, target.SchemaPath, text, target.Options, target.TombstoneDays);
            string? reportPath = null;
            if (report.Changes.Count > 0 || report.PreviousProblem is not null)
            {
                reportPath = target.ChangeReportPath;
                string subject = "`" + System.IO.Path.GetFileName(target.SchemaPath) + "`, pulled from " + pulled.Host
                    + (pulled.TenantId is null ? string.Empty : " (tenant " + pulled.TenantId + ")") + " at " + pulledAt + ".";
                SchemaFileStore.Write(reportPath, ChangeReportMarkdown.Render(report, subject));
            }

            return new SchemaPullResult(SchemaPullOutcome.Updated, count, report, reportPath, refused);
        }

        /// <summary>Reads the tenant and compares it with the file, writing nothing: <see cref="SchemaPullOutcome.Unchanged"/> when they match.</summary>
        /// <exception cref="PullException">The tenant or the file could not be read.</exception>
        public async Task<SchemaPullResult> CheckAsync(SchemaPullTarget target, CancellationToken cancellationToken)
        {
            string? previous = SchemaFileStore.ReadOrNull(target.SchemaPath);
            PulledSchema pulled = await ReadAsync(target, previous, cancellationToken).ConfigureAwait(false);
            int count = NormalizedSchemaWriter.CountFields(pulled);
            IReadOnlyList<RefusedTargetType> refused = Refused(pulled);
            if (SchemaFileStore.IsUpToDate(previous, pulled))
            {
                return new SchemaPullResult(SchemaPullOutcome.Unchanged, count, null, null, refused);
            }

            string text = RenderRefusingCredentials(pulled, NormalizedSchemaWriter.FormatTime(_clock()));
            SchemaChangeReport report = SchemaComparer.Compare(target.SchemaPath, previous, "(tenant)", text, target.Options, target.TombstoneDays);
            return new SchemaPullResult(previous is null ? SchemaPullOutcome.Created : SchemaPullOutcome.Updated, count, report, null, refused);
        }

        /// <summary>
        /// Asks for the item's TargetTypes only (all when it names none); a type not asked for or refused
        /// keeps the fields the file already has, so the pull never drops what it did not read; a field or
        /// option gone from a type it read is kept as a tombstone (<see cref="SchemaTombstones"/>).
        /// </summary>
        private async Task<PulledSchema> ReadAsync(SchemaPullTarget target, string? previous, CancellationToken cancellationToken)
        {
            PulledSchema pulled = await _remote.ReadAsync(target.TenantId, target.Options.TargetTypes.ToList(), cancellationToken).ConfigureAwait(false);
            // Then what disappeared from the types it read becomes tombstones, dated by the schema clock.
            return SchemaTombstones.Merge(pulled.KeepingOthersFrom(SchemaFileStore.FieldsByTarget(previous)), previous, _clock(), target.TombstoneDays);
        }

        private static IReadOnlyList<RefusedTargetType> Refused(PulledSchema pulled) =>
            pulled.Refused
                .Select(r => new RefusedTargetType(r.TargetType, r.Failure, pulled.FieldsByTarget.TryGetValue(r.TargetType, out IReadOnlyList<JsonNode>? kept) ? kept.Count : 0))
                .ToList();

        /// <summary>
        /// The schema file's text, unless the tenant's answer echoes a credential (a label or description
        /// quoting the Authorization header): that file would be checked in, so the pull is refused.
        /// </summary>
        private string RenderRefusingCredentials(PulledSchema pulled, string pulledAt)
        {
            string text = NormalizedSchemaWriter.Render(pulled, pulledAt);
            if (Redactor.Contains(text))
            {
                throw new PullException(new PullFailure(
                    PullFailureKind.UnexpectedResponse,
                    "the tenant's schema from " + pulled.Host + " echoes a credential (the access key secret, a token or a request signature) in a field's key, label, description or options, so FieldGen refused it and wrote no schema file or report",
                    "check that the host is the GenAuth API host and not a proxy that echoes requests; fix the field's text in the GenAuth console"));
            }

            return text;
        }
    }
}
