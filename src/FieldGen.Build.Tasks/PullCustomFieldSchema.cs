using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Authentication;
using FieldGen.Management.Configuration;
using FieldGen.Management.Http;
using FieldGen.Management.Pull;
using FieldGen.Management.Schema;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FieldGen.Build.Tasks
{
    /// <summary>
    /// Pulls the custom-field schema of a GenAuth user pool (or tenant) into each given schema file,
    /// in FieldGen's normalized form, writing a file only when its content changed. Credentials come
    /// only from environment variables (FIELDGEN_ACCESS_KEY_ID, FIELDGEN_ACCESS_KEY_SECRET, optional
    /// FIELDGEN_USER_POOL_ID), never from task parameters, so they never appear in a build log.
    /// Any failure is a warning (FG2001-FG2010) and the build goes on with the last file, unless
    /// <see cref="Strict"/> makes it an error.
    /// </summary>
    public sealed class PullCustomFieldSchema : Microsoft.Build.Utilities.Task, ICancelableTask
    {
        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();
        private AutoPullSchedule? _schedule;

        /// <summary>The schema files to pull into (FieldGenSchema items with <c>Pull="true"</c>); metadata <c>TenantId</c> overrides <see cref="TenantId"/>.</summary>
        public ITaskItem[] Schemas { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The API host (FieldGenHost); else env FIELDGEN_HOST; else https://api.authing.cn.</summary>
        public string? Host { get; set; }

        /// <summary>The tenant for items without <c>TenantId</c> metadata (FieldGenTenantId); empty for the user pool.</summary>
        public string? TenantId { get; set; }

        /// <summary><c>Signature</c> (default: every request signed, no token) or <c>ManagementToken</c> (FieldGenAuthScheme).</summary>
        public string? AuthScheme { get; set; }

        /// <summary>Seconds per request (FieldGenPullTimeout); default 10.</summary>
        public string? TimeoutSeconds { get; set; }

        /// <summary>Days a removed field or option stays as an obsolete tombstone (FieldGenTombstoneDays); default 30, 0 for none.</summary>
        public string? TombstoneDays { get; set; }

        /// <summary>The <c>x-authing-lang</c> of the requests, the language of the server's messages (FieldGenLanguage): <c>zh-CN</c> (default, as node) or <c>en-US</c>.</summary>
        public string? Language { get; set; }

        /// <summary>Turns every pull failure into an error (FieldGenPullStrict), for CI jobs whose purpose is to refresh the schema.</summary>
        public bool Strict { get; set; }

        /// <summary>With a value (FieldGenAutoPullMaxAge), pull only when the last attempt is older than this, e.g. <c>12h</c> or <c>7d</c>.</summary>
        public string? MaxAge { get; set; }

        /// <summary>Where auto-pull keeps its last-attempt stamps (under obj/).</summary>
        public string? StampDirectory { get; set; }

        /// <summary>The schema files this run created or changed.</summary>
        [Output]
        public ITaskItem[] UpdatedSchemas { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public void Cancel() => _cancel.Cancel();

        /// <inheritdoc />
        public override bool Execute()
        {
            var reporter = new PullReporter(Log, Strict);
            try
            {
                return ExecuteReporting(reporter);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && _cancel.IsCancellationRequested))
            {
                // Never MSB4018 with a stack trace: whatever happened is an FG diagnostic, redacted.
                reporter.Failure(UnexpectedFailure.From(ex, UnexpectedFailure.RedactorFor(Environment.GetEnvironmentVariable)), null);
                return !Log.HasLoggedErrors;
            }
        }

        private bool ExecuteReporting(PullReporter reporter)
        {
            Func<string, string?> environment = Environment.GetEnvironmentVariable;
            if (!string.IsNullOrEmpty(environment(EnvironmentSettings.MSBuildLogAllEnvironmentVariables)))
            {
                reporter.Warning(PullDiagnosticCodes.EnvironmentInBinaryLog, null, EnvironmentSettings.MSBuildLogAllEnvironmentVariables + " is set, so a binary log (-bl) of this build records every environment variable, " + EnvironmentSettings.AccessKeySecretVariable + " included. Unset it for builds that pull, or never share their .binlog.");
            }

            if (Schemas.Length == 0)
            {
                reporter.Failure(new PullFailure(PullFailureKind.InvalidConfiguration, "no schema file to pull into", "mark one FieldGenSchema item with Pull=\"true\", e.g. <FieldGenSchema Include=\"fieldgen.schema.json\" Pull=\"true\" />"), null);
                return !Log.HasLoggedErrors;
            }

            if (!string.IsNullOrWhiteSpace(MaxAge))
            {
                _schedule = AutoPullSchedule.Create(MaxAge!, StampDirectory ?? "obj", out string? ageProblem);
                if (_schedule is null)
                {
                    reporter.Failure(new PullFailure(PullFailureKind.InvalidConfiguration, ageProblem!, "fix the property, or remove it to pull only with dotnet build -t:FieldGenPull"), null);
                    return !Log.HasLoggedErrors;
                }
            }

            List<ITaskItem> due = Schemas.Where(IsDue).ToList();
            if (due.Count == 0)
            {
                return !Log.HasLoggedErrors;
            }

            GenAuthConnection? connection = ConnectionSettings.Read(Host, AuthScheme, TimeoutSeconds, environment, SettingNames.MSBuild, out PullFailure? problem);
            if (connection is null)
            {
                foreach (ITaskItem item in due)
                {
                    reporter.Failure(problem!, item.GetMetadata("FullPath"));
                    _schedule?.RecordAttempt(item.GetMetadata("FullPath"), DateTime.UtcNow);
                }

                return !Log.HasLoggedErrors;
            }

            if (!string.IsNullOrWhiteSpace(Language))
            {
                connection.Language = Language!.Trim();
            }

            int? tombstoneDays = SchemaTombstones.ParseDays(TombstoneDays, out string? daysProblem);
            if (tombstoneDays is null)
            {
                reporter.Failure(new PullFailure(PullFailureKind.InvalidConfiguration, daysProblem!, "set it to a number of days, or remove it for the default of 30"), null);
                return !Log.HasLoggedErrors;
            }

            // Off the calling thread: MSBuild's node thread must not block on a captured context.
            var updated = System.Threading.Tasks.Task.Run(() => PullAllAsync(due, connection, reporter, tombstoneDays.Value)).GetAwaiter().GetResult();
            UpdatedSchemas = updated.ToArray();
            return !Log.HasLoggedErrors && !_cancel.IsCancellationRequested;
        }

        /// <summary>Always, unless auto-pull's last attempt for the file is younger than <see cref="MaxAge"/>.</summary>
        private bool IsDue(ITaskItem item)
        {
            if (_schedule is null || _schedule.IsDue(item.GetMetadata("FullPath"), DateTime.UtcNow))
            {
                return true;
            }

            Log.LogMessage(MessageImportance.Low, "FieldGen: {0} was pulled less than {1} ago; not pulling.", item.ItemSpec, MaxAge);
            return false;
        }

        private async Task<List<ITaskItem>> PullAllAsync(List<ITaskItem> items, GenAuthConnection connection, PullReporter reporter, int tombstoneDays)
        {
            var updated = new List<ITaskItem>();
            using HttpClient http = PullHttpClient.Create();
            var puller = new SchemaPuller(http, connection, ManagementTokenCache.Shared, () => DateTimeOffset.UtcNow);
            foreach (ITaskItem item in items)
            {
                string path = item.GetMetadata("FullPath");
                string tenant = item.GetMetadata("TenantId");
                var target = new SchemaPullTarget(path, string.IsNullOrWhiteSpace(tenant) ? TenantId : tenant, SchemaItemOptions.Read(item)) { TombstoneDays = tombstoneDays };
                try
                {
                    SchemaPullResult result = await puller.PullAsync(target, _cancel.Token).ConfigureAwait(false);
                    reporter.Success(result, path, GenAuthHost.Display(connection.Host));
                    if (result.Outcome != SchemaPullOutcome.Unchanged)
                    {
                        updated.Add(item);
                    }
                }
                catch (PullException ex)
                {
                    reporter.Failure(ex.Failure, path);
                }
                catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
                {
                    Log.LogMessage(MessageImportance.High, "FieldGen: pull cancelled; {0} is unchanged.", item.ItemSpec);
                    return updated;
                }
                catch (Exception ex)
                {
                    reporter.Failure(UnexpectedFailure.From(ex, puller.Redactor), path);
                }

                _schedule?.RecordAttempt(path, DateTime.UtcNow);
            }

            return updated;
        }
    }
}
