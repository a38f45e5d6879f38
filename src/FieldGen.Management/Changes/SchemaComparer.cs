using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Management.Schema;
using FieldGen.Model;
using FieldGen.Parsing;
using FieldGen.Wire;

namespace FieldGen.Management.Changes
{
    /// <summary>
    /// Compares two schema files of any form the generator reads, as the generator would see them
    /// (same parser, same options, same naming), and lists what changed and which members it affects.
    /// </summary>
    internal static class SchemaComparer
    {
        /// <param name="previousPath">The old file's path (for the parser's messages).</param>
        /// <param name="previousText">The old file's text; null when there was none.</param>
        /// <param name="currentPath">The new file's path.</param>
        /// <param name="currentText">The new file's text.</param>
        /// <param name="options">The FieldGenSchema item's options (class name, target types, built-in fields), as the generator will apply them.</param>
        /// <param name="tombstoneDays">How long a tombstone is kept, to say when its members disappear.</param>
        public static SchemaChangeReport Compare(string previousPath, string? previousText, string currentPath, string currentText, SchemaFileOptions options, int tombstoneDays = SchemaTombstones.DefaultDays)
        {
            SchemaFileSpec before = SchemaFileParser.Parse(previousPath, previousText ?? "{\"fieldgenSchema\":1,\"fields\":{}}", options);
            SchemaFileSpec after = SchemaFileParser.Parse(currentPath, currentText, options);
            string? previousProblem = before.Form == SchemaFileParser.FormInvalid ? Describe(before) : null;
            string? currentProblem = after.Form == SchemaFileParser.FormInvalid ? Describe(after) : null;

            Dictionary<(string, string), CustomFieldSpec> oldFields = ByKey(before);
            Dictionary<(string, string), CustomFieldSpec> newFields = ByKey(after);
            Dictionary<(string, string), GeneratedMembers> oldMembers = GeneratedMembers.Of(before);
            Dictionary<(string, string), GeneratedMembers> newMembers = GeneratedMembers.Of(after);
            var newNames = new HashSet<string>(newMembers.Values.SelectMany(m => m.All), StringComparer.Ordinal);

            var changes = new List<SchemaChange>();
            IEnumerable<(string Target, string Key)> keys = oldFields.Keys.Union(newFields.Keys)
                .OrderBy(k => TargetTypes.IndexOf(k.Item1))
                .ThenBy(k => k.Item2, StringComparer.Ordinal);
            foreach ((string target, string key) in keys)
            {
                bool hadIt = oldFields.TryGetValue((target, key), out CustomFieldSpec old);
                bool hasIt = newFields.TryGetValue((target, key), out CustomFieldSpec current);
                GeneratedMembers? was = oldMembers.TryGetValue((target, key), out GeneratedMembers? w) ? w : null;
                GeneratedMembers? now = newMembers.TryGetValue((target, key), out GeneratedMembers? n) ? n : null;
                var field = new FieldComparison(target, key, was, now, newNames, changes, tombstoneDays);
                if (hadIt && hasIt && old.RemovedAt is null && current.RemovedAt is not null)
                {
                    field.AddTombstone(SchemaChangeKind.FieldTombstoned, "field removed from the tenant", current.RemovedAt, Names(was));
                }
                else if (hadIt && hasIt && old.RemovedAt is not null && current.RemovedAt is null)
                {
                    field.Add(SchemaChangeKind.FieldRestored, "field is back on the tenant (removed on " + old.RemovedAt + "); its members are no longer obsolete");
                    field.CompareDefinitions(old, current);
                }
                else if (!hadIt)
                {
                    field.Add(SchemaChangeKind.FieldAdded, "field added (" + current.WireDataType + ")", added: Names(now));
                }
                else if (!hasIt)
                {
                    string description = old.RemovedAt is null ? "field removed" : "tombstone dropped (removed from the tenant on " + old.RemovedAt + ")";
                    field.Add(SchemaChangeKind.FieldRemoved, description, removed: Names(was).Where(name => !newNames.Contains(name)));
                }
                else
                {
                    field.CompareDefinitions(old, current);
                }
            }

            return new SchemaChangeReport(changes, previousProblem, currentProblem);
        }

        private static Dictionary<(string, string), CustomFieldSpec> ByKey(SchemaFileSpec file)
        {
            var fields = new Dictionary<(string, string), CustomFieldSpec>();
            foreach (CustomFieldSpec field in file.Fields)
            {
                fields[(field.TargetType, field.Key)] = field;
            }

            return fields;
        }

        private static IEnumerable<string> Names(GeneratedMembers? members) => members?.All ?? Enumerable.Empty<string>();

        private static string Describe(SchemaFileSpec file)
        {
            DiagnosticInfo first = file.Diagnostics.FirstOrDefault();
            string where = first.Location is SchemaLocation location ? location.Display + ": " : string.Empty;
            return first.Id is null ? "it is not a schema FieldGen reads" : where + first.Id + " " + string.Join(", ", first.MessageArgs);
        }
    }
}
