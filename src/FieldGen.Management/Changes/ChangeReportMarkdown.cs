using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FieldGen.Management.Changes
{
    /// <summary>Renders a <see cref="SchemaChangeReport"/> as the Markdown file written beside the schema (<c>&lt;schema&gt;.changes.md</c>).</summary>
    internal static class ChangeReportMarkdown
    {
        /// <param name="report">The changes.</param>
        /// <param name="subject">One line saying what was compared, e.g. "`fields.json`, pulled from https://api.authing.cn at 2026-11-23T09:00:00Z".</param>
        public static string Render(SchemaChangeReport report, string subject)
        {
            var text = new StringBuilder();
            text.Append("# Custom field schema changes\n\n");
            text.Append(subject).Append("\n\n");
            List<SchemaChange> breaking = report.BreakingChanges.ToList();
            List<SchemaChange> other = report.OtherChanges.ToList();
            if (report.PreviousProblem is not null)
            {
                text.Append("The previous file could not be read (").Append(report.PreviousProblem).Append("), so every field counts as added.\n\n");
            }

            if (breaking.Count == 0 && other.Count == 0)
            {
                return text.Append("No changes to the fields.\n").ToString();
            }

            text.Append(Count(breaking.Count, "breaking change")).Append(", ").Append(Count(other.Count, "other change")).Append('.');
            if (breaking.Count > 0)
            {
                text.Append(" Code that uses a member listed under breaking changes stops compiling, or reads a different type, after the next build;")
                    .Append(" the members of a field or option removed from the tenant are kept, marked [Obsolete] (warning CS0618), until the date given.");
            }

            text.Append("\n");
            Section(text, "Breaking changes", breaking);
            Section(text, "Other changes", other);
            return text.ToString();
        }

        private static void Section(StringBuilder text, string title, List<SchemaChange> changes)
        {
            if (changes.Count == 0)
            {
                return;
            }

            text.Append("\n## ").Append(title).Append("\n\n");
            foreach (SchemaChange change in changes)
            {
                text.Append("- ").Append(change.TargetType).Append(' ').Append(Code(change.Key)).Append(": ").Append(change.Description).Append('.');
                Members(text, "Disappears", change.RemovedMembers);
                Members(text, "Changes type or meaning", change.ChangedMembers);
                Members(text, "New", change.AddedMembers);
                text.Append('\n');
            }
        }

        private static void Members(StringBuilder text, string label, IReadOnlyList<string> members)
        {
            if (members.Count > 0)
            {
                text.Append(' ').Append(label).Append(": ").Append(string.Join(", ", members.Select(Code))).Append('.');
            }
        }

        private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

        /// <summary>Inline code that survives a backtick in a key.</summary>
        private static string Code(string text) => text.Contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }
}
