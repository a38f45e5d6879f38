using System.IO;
using FieldGen.Management.Changes;
using FieldGen.Management.Pull;

namespace FieldGen.Cli
{
    /// <summary>
    /// Prints results to stdout and problems to stderr in the canonical <c>file: warning FG2011: text</c>
    /// form that CI systems (and MSBuild's own output) recognize.
    /// </summary>
    internal sealed class ConsoleReporter
    {
        private readonly CliContext _context;

        public ConsoleReporter(CliContext context)
        {
            _context = context;
        }

        public void Failure(PullFailure failure, string? file) =>
            Line(_context.Error, file, "error", failure.Code, failure.Problem + ". " + failure.AdviceSentence);

        public void UsageError(string problem) =>
            _context.Error.WriteLine("fieldgen: error: " + problem + ". Run 'fieldgen --help' for usage.");

        public void Info(string text) => _context.Output.WriteLine(text);

        /// <summary>Each target type the server refused, as warning FG2013 on stderr.</summary>
        public void Refusals(SchemaPullResult result, string file)
        {
            foreach (RefusedTargetType refused in result.RefusedTargetTypes)
            {
                Line(_context.Error, file, "warning", PullDiagnosticCodes.TargetTypeRefused, refused.Message(Path.GetFileName(file)));
            }
        }

        /// <summary>Breaking changes as warnings on stderr, the others as lines on stdout.</summary>
        public void Changes(SchemaChangeReport report, string file)
        {
            foreach (SchemaChange change in report.BreakingChanges)
            {
                Line(_context.Error, file, "warning", PullDiagnosticCodes.BreakingChange, "breaking schema change: " + change.ToText());
            }

            foreach (SchemaChange change in report.OtherChanges)
            {
                _context.Output.WriteLine("  " + UnexpectedFailure.OneLine(change.ToText()));
            }
        }

        // One line each, so server text with line breaks cannot print lines of its own.
        private static void Line(TextWriter writer, string? file, string severity, string code, string text) =>
            writer.WriteLine((file is null ? "fieldgen" : Path.GetFileName(file)) + ": " + severity + " " + code + ": " + UnexpectedFailure.OneLine(text));
    }
}
