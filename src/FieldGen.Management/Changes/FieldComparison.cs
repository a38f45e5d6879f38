using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Model;

namespace FieldGen.Management.Changes
{
    /// <summary>Collects the changes of one field that exists in both schemas (or is added or removed).</summary>
    internal sealed class FieldComparison
    {
        private readonly string _target;
        private readonly string _key;
        private readonly GeneratedMembers? _was;
        private readonly GeneratedMembers? _now;
        private readonly HashSet<string> _newNames;
        private readonly List<SchemaChange> _changes;
        private readonly int _tombstoneDays;

        public FieldComparison(string target, string key, GeneratedMembers? was, GeneratedMembers? now, HashSet<string> newNames, List<SchemaChange> changes, int tombstoneDays)
        {
            _tombstoneDays = tombstoneDays;
            _target = target;
            _key = key;
            _was = was;
            _now = now;
            _newNames = newNames;
            _changes = changes;
        }

        public void Add(SchemaChangeKind kind, string description, IEnumerable<string>? removed = null, IEnumerable<string>? changed = null, IEnumerable<string>? added = null) =>
            _changes.Add(new SchemaChange(kind, _target, _key, description, List(removed), List(changed), List(added)));

        /// <summary>A field or option gone from the tenant, kept as [Obsolete] members until the tombstone expires.</summary>
        public void AddTombstone(SchemaChangeKind kind, string what, string removedAt, IEnumerable<string> members)
        {
            string until = Schema.SchemaTombstones.ExpiresOn(removedAt, _tombstoneDays) is string expiry
                ? "until " + expiry + " (" + _tombstoneDays.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days) or fieldgen prune"
                : "until fieldgen prune";
            Add(kind, what + " on " + removedAt + "; its members stay, marked [Obsolete] (warning CS0618), " + until + ", then disappear", removed: members);
        }

        public void CompareDefinitions(CustomFieldSpec old, CustomFieldSpec current)
        {
            if (old.DataType != current.DataType)
            {
                // The property may keep its name (NUMBER to STRING) or not (ENUM's SchoolValue becomes School).
                IEnumerable<string> oldNames = _was?.All ?? Enumerable.Empty<string>();
                Add(
                    SchemaChangeKind.DataTypeChanged,
                    "data type changed from " + old.WireDataType + " to " + current.WireDataType,
                    removed: oldNames.Where(n => !_newNames.Contains(n)),
                    changed: oldNames.Where(n => _newNames.Contains(n) && n != _now?.KeyConstant));
                return;
            }

            CompareOptions(old, current);
            var renames = _was is not null && _now is not null ? _was.RenamesTo(_now).ToList() : new List<(string Old, string New)>();
            if (renames.Count > 0)
            {
                // A name now held by another key still compiles but means something else: breaking either way.
                Add(
                    SchemaChangeKind.MemberRenamed,
                    "generated names changed by a clash with another key (" + string.Join(", ", renames.Select(r => r.Old + " is now " + r.New)) + ")",
                    removed: renames.Select(r => r.Old).Where(n => !_newNames.Contains(n)),
                    changed: renames.Select(r => r.Old).Where(n => _newNames.Contains(n)),
                    added: renames.Select(r => r.New));
            }

            string? details = DefinitionDetails(old, current);
            if (details is not null)
            {
                Add(SchemaChangeKind.DefinitionChanged, details);
            }
        }

        private void CompareOptions(CustomFieldSpec old, CustomFieldSpec current)
        {
            foreach (CustomFieldOptionSpec option in current.Options)
            {
                CustomFieldOptionSpec? before = old.Options.Where(o => o.Value == option.Value).Select(o => (CustomFieldOptionSpec?)o).FirstOrDefault();
                string? member = _now is not null && _now.OptionMembers.TryGetValue(option.Value, out string? m) ? m : null;
                if (before is { RemovedAt: null } && option.RemovedAt is not null)
                {
                    AddTombstone(SchemaChangeKind.OptionTombstoned, "option '" + option.Value + "' removed from the tenant", option.RemovedAt, member is null ? Array.Empty<string>() : new[] { member });
                }
                else if (before is { RemovedAt: not null } && option.RemovedAt is null)
                {
                    Add(SchemaChangeKind.OptionRestored, "option '" + option.Value + "' is back on the tenant (removed on " + before.Value.RemovedAt + ")");
                }
            }

            var oldValues = old.Options.Select(o => o.Value).ToList();
            var newValues = current.Options.Select(o => o.Value).ToList();
            foreach (string removed in oldValues.Where(v => !newValues.Contains(v)))
            {
                string? member = _was is not null && _was.OptionMembers.TryGetValue(removed, out string? m) ? m : null;
                string? removedAt = old.Options.First(o => o.Value == removed).RemovedAt;
                string description = removedAt is null ? "option '" + removed + "' removed" : "tombstone of option '" + removed + "' dropped (removed from the tenant on " + removedAt + ")";
                Add(SchemaChangeKind.OptionRemoved, description, removed: member is null ? null : new[] { member });
            }

            foreach (string added in newValues.Where(v => !oldValues.Contains(v)))
            {
                string? member = _now is not null && _now.OptionMembers.TryGetValue(added, out string? m) ? m : null;
                Add(SchemaChangeKind.OptionAdded, "option '" + added + "' added", added: member is null ? null : new[] { member });
            }
        }

        private static string? DefinitionDetails(CustomFieldSpec old, CustomFieldSpec current)
        {
            var details = new List<string>();
            if (old.WireDataType != current.WireDataType)
            {
                details.Add("data type spelled " + current.WireDataType + " instead of " + old.WireDataType);
            }

            AddIfChanged(details, "label", old.Label, current.Label);
            AddIfChanged(details, "description", old.Description, current.Description);
            if (old.IsUnique != current.IsUnique)
            {
                details.Add(current.IsUnique ? "values must now be unique" : "values need no longer be unique");
            }

            if (old.IsEncrypted != current.IsEncrypted)
            {
                details.Add(current.IsEncrypted ? "now stored encrypted" : "no longer stored encrypted");
            }

            if (!LiveValues(old).SequenceEqual(LiveValues(current))
                && LiveValues(old).OrderBy(v => v, StringComparer.Ordinal).SequenceEqual(LiveValues(current).OrderBy(v => v, StringComparer.Ordinal)))
            {
                details.Add("options reordered");
            }

            return details.Count == 0 ? null : string.Join("; ", details);
        }

        // A tombstoned option moves to the end of the list: that is no reordering.
        private static IEnumerable<string> LiveValues(CustomFieldSpec field) => field.Options.Where(o => o.RemovedAt is null).Select(o => o.Value);

        private static void AddIfChanged(List<string> details, string what, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                details.Add(what + " changed from " + Quote(before) + " to " + Quote(after));
            }
        }

        private static string Quote(string? text) => text is null ? "(none)" : "'" + text + "'";

        private static IReadOnlyList<string> List(IEnumerable<string>? names) => names?.Distinct(StringComparer.Ordinal).ToList() ?? (IReadOnlyList<string>)Array.Empty<string>();
    }
}
