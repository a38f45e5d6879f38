using System.Collections.Generic;
using System.Linq;

namespace FieldGen.Management.Changes
{
    /// <summary>The kinds of difference between two schemas; the ones that break code come last.</summary>
    internal enum SchemaChangeKind
    {
        FieldAdded,
        OptionAdded,
        FieldRestored,
        OptionRestored,
        DefinitionChanged,
        FieldRemoved,
        FieldTombstoned,
        OptionTombstoned,
        DataTypeChanged,
        OptionRemoved,
        MemberRenamed,
    }

    /// <summary>
    /// One difference between the old and the new schema, with the generated C# members it affects
    /// (e.g. <c>UserCustomData.School.Mit</c>), named by the generator's own naming code.
    /// </summary>
    internal sealed class SchemaChange
    {
        public SchemaChange(SchemaChangeKind kind, string targetType, string key, string description, IReadOnlyList<string> removedMembers, IReadOnlyList<string> changedMembers, IReadOnlyList<string> addedMembers)
        {
            Kind = kind;
            TargetType = targetType;
            Key = key;
            Description = description;
            RemovedMembers = removedMembers;
            ChangedMembers = changedMembers;
            AddedMembers = addedMembers;
        }

        public SchemaChangeKind Kind { get; }

        /// <summary>
        /// Removing a field or option, changing a data type or a generated name breaks code that uses
        /// it; a tombstone (kept as [Obsolete] until it expires) counts too, so FG2011 warns in advance.
        /// </summary>
        public bool IsBreaking => Kind >= SchemaChangeKind.FieldRemoved;

        public string TargetType { get; }

        public string Key { get; }

        /// <summary>What changed, e.g. <c>option 'mit' removed</c>.</summary>
        public string Description { get; }

        /// <summary>Generated members that will no longer exist.</summary>
        public IReadOnlyList<string> RemovedMembers { get; }

        /// <summary>Generated members that keep their name but change type or meaning.</summary>
        public IReadOnlyList<string> ChangedMembers { get; }

        /// <summary>Generated members that will appear.</summary>
        public IReadOnlyList<string> AddedMembers { get; }

        /// <summary>One line of plain text, as build warnings and the console show it.</summary>
        public string ToText()
        {
            string text = TargetType + " field '" + Key + "': " + Description;
            if (RemovedMembers.Count > 0)
            {
                text += "; generated members that will disappear: " + string.Join(", ", RemovedMembers);
            }

            if (ChangedMembers.Count > 0)
            {
                text += "; generated members that change type or meaning: " + string.Join(", ", ChangedMembers);
            }

            if (AddedMembers.Count > 0)
            {
                text += "; new members: " + string.Join(", ", AddedMembers);
            }

            return text;
        }
    }

    /// <summary>Every difference between two schema files, ordered by target type, key and kind.</summary>
    internal sealed class SchemaChangeReport
    {
        public SchemaChangeReport(IReadOnlyList<SchemaChange> changes, string? previousProblem, string? currentProblem)
        {
            Changes = changes;
            PreviousProblem = previousProblem;
            CurrentProblem = currentProblem;
        }

        public IReadOnlyList<SchemaChange> Changes { get; }

        /// <summary>Why the old file could not be read (every field then counts as added), or null.</summary>
        public string? PreviousProblem { get; }

        /// <summary>Why the new file could not be read (every field then counts as removed), or null.</summary>
        public string? CurrentProblem { get; }

        public IEnumerable<SchemaChange> BreakingChanges => Changes.Where(c => c.IsBreaking);

        public IEnumerable<SchemaChange> OtherChanges => Changes.Where(c => !c.IsBreaking);

        public bool HasBreakingChanges => Changes.Any(c => c.IsBreaking);
    }
}
