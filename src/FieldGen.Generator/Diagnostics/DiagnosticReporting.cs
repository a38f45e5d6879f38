using System.Linq;
using FieldGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FieldGen.Diagnostics
{
    /// <summary>Turns cached <see cref="DiagnosticInfo"/> values into Roslyn diagnostics at report time.</summary>
    internal static class DiagnosticReporting
    {
        public static Diagnostic ToDiagnostic(this DiagnosticInfo info) => Diagnostic.Create(
            DiagnosticDescriptors.ById(info.Id),
            info.Location is SchemaLocation location ? location.ToLocation() : Location.None,
            // Arguments are mostly tenant text (keys, values, file names): one line each, and bounded.
            info.MessageArgs.Select(arg => (object)MessageArguments.OneLine(arg)).ToArray());

        public static Location ToLocation(this SchemaLocation location) => Location.Create(
            location.FilePath,
            new TextSpan(location.Start, location.Length),
            new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

        public static void Report(this SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo info in diagnostics)
            {
                context.ReportDiagnostic(info.ToDiagnostic());
            }
        }
    }
}
