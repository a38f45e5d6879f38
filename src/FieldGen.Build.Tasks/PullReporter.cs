using System.IO;
using FieldGen.Management.Changes;
using FieldGen.Management.Pull;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FieldGen.Build.Tasks
{
    /// <summary>
    /// Logs pull outcomes with FG codes and help links. A failure is a warning (the build goes on with
    /// the last schema file) or, with FieldGenPullStrict, an error. Only FieldGen's own text and
    /// redacted server text reach the log, never a credential.
    /// </summary>
    internal sealed class PullReporter
    {
        private readonly TaskLoggingHelper _log;
        private readonly bool _strict;

        public PullReporter(TaskLoggingHelper log, bool strict)
        {
            _log = log;
            _strict = strict;
        }

        public void Failure(PullFailure failure, string? schemaPath)
        {
            if (_strict)
            {
                Error(failure.Code, schemaPath, failure.Problem + ". " + failure.AdviceSentence + " (FieldGenPullStrict is true, so this fails the build.)");
                return;
            }

            string fallback = schemaPath is null ? "nothing was pulled"
                : File.Exists(schemaPath) ? "the build goes on with the last schema file " + Path.GetFileName(schemaPath)
                : "there is no schema file yet, so the build generates no custom-data classes from it";
            Warning(failure.Code, schemaPath, failure.Problem + "; " + fallback + ". " + failure.AdviceSentence);
        }

        public void Success(SchemaPullResult result, string schemaPath, string host)
        {
            string name = Path.GetFileName(schemaPath);
            string what = result.Outcome switch
            {
                SchemaPullOutcome.Unchanged => "unchanged, file left as is",
                SchemaPullOutcome.Created => "created",
                _ => "updated",
            };
            _log.LogMessage(MessageImportance.High, "FieldGen: pulled {0} custom fields from {1} into {2}: {3}.", result.FieldCount, host, name, what);

            // A warning even with FieldGenPullStrict: the real get-custom-fields refuses GROUP every time.
            foreach (RefusedTargetType refused in result.RefusedTargetTypes)
            {
                Warning(PullDiagnosticCodes.TargetTypeRefused, schemaPath, refused.Message(name));
            }
            if (result.Changes is null)
            {
                return;
            }

            foreach (SchemaChange change in result.Changes.BreakingChanges)
            {
                Warning(PullDiagnosticCodes.BreakingChange, schemaPath, "Breaking schema change in " + name + ": " + change.ToText() + ". Update the code that uses them before the next build.");
            }

            foreach (SchemaChange change in result.Changes.OtherChanges)
            {
                _log.LogMessage(MessageImportance.High, "FieldGen: {0}: {1}", name, UnexpectedFailure.OneLine(change.ToText()));
            }

            if (result.ChangeReportPath is not null)
            {
                _log.LogMessage(MessageImportance.High, "FieldGen: change report written to {0}", result.ChangeReportPath);
            }
        }

        // One line each: a line break in server text would otherwise become a warning line of its own.
        public void Warning(string code, string? file, string message) =>
            _log.LogWarning(null, code, null, PullDiagnosticCodes.HelpLink(code), file, 0, 0, 0, 0, Escaped(message));

        public void Error(string code, string? file, string message) =>
            _log.LogError(null, code, null, PullDiagnosticCodes.HelpLink(code), file, 0, 0, 0, 0, Escaped(message));

        private static string Escaped(string message) => UnexpectedFailure.OneLine(message).Replace("{", "{{").Replace("}", "}}");
    }
}
