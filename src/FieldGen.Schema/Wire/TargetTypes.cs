using System;
using System.Collections.Generic;

namespace FieldGen.Wire
{
    /// <summary>One kind of GenAuth object that carries custom fields (the API's <c>targetType</c>).</summary>
    internal sealed class TargetType
    {
        internal TargetType(string wireName, string memberName)
        {
            WireName = wireName;
            MemberName = memberName;
        }

        /// <summary>The API's spelling: <c>USER</c>.</summary>
        public string WireName { get; }

        /// <summary>The C# spelling: the runtime's <c>CustomFieldTarget</c> member and the <c>{Target}</c> of a class name (<c>User</c>).</summary>
        public string MemberName { get; }

        public override string ToString() => WireName;
    }

    /// <summary>
    /// The target types GenAuth has, written once: the parser, the generator, the analyzers, the pull,
    /// the test server and the runtime's <c>CustomFieldTarget</c> all read this table.
    /// </summary>
    internal static class TargetTypes
    {
        public static readonly TargetType User = new TargetType("USER", "User");
        public static readonly TargetType Role = new TargetType("ROLE", "Role");
        public static readonly TargetType Group = new TargetType("GROUP", "Group");
        public static readonly TargetType Department = new TargetType("DEPARTMENT", "Department");

        /// <summary>
        /// Every type, in the order messages list them and the normalized file writes them; the runtime's
        /// <c>CustomFieldTarget</c> has its members in this order (a test holds them together).
        /// </summary>
        public static readonly IReadOnlyList<TargetType> All = new[] { User, Role, Group, Department };

        /// <summary>The wire names in <see cref="All"/>'s order: <c>USER</c>, <c>ROLE</c>, <c>GROUP</c>, <c>DEPARTMENT</c>.</summary>
        public static readonly IReadOnlyList<string> WireNames = new[] { User.WireName, Role.WireName, Group.WireName, Department.WireName };

        /// <summary>"USER, ROLE, GROUP or DEPARTMENT", for messages that say what was expected.</summary>
        public static string ListText => string.Join(", ", WireNames, 0, WireNames.Count - 1) + " or " + WireNames[WireNames.Count - 1];

        /// <summary>The type spelled exactly <paramref name="wireName"/> (the API is case-sensitive), or null.</summary>
        public static TargetType? Find(string? wireName)
        {
            foreach (TargetType type in All)
            {
                if (string.Equals(type.WireName, wireName, StringComparison.Ordinal))
                {
                    return type;
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="wireName"/> is a target type's exact wire name.</summary>
        public static bool IsKnown(string? wireName) => Find(wireName) is not null;

        /// <summary>The position of <paramref name="wireName"/> in <see cref="All"/> (sort order), or -1.</summary>
        public static int IndexOf(string? wireName)
        {
            for (int i = 0; i < All.Count; i++)
            {
                if (string.Equals(All[i].WireName, wireName, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// A <c>TargetTypes</c> setting (<c>USER;ROLE</c>, commas or spaces also separate, any case) as
        /// upper-case names, distinct, in ordinal order; <paramref name="unknown"/> gets the names that are
        /// no target type. The one reading of that metadata for the generator, the analyzers and the pull.
        /// </summary>
        public static string[] ParseList(string? setting, out IReadOnlyList<string> unknown)
        {
            var known = new List<string>();
            var refused = new List<string>();
            foreach (string part in (setting ?? string.Empty).Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string name = part.Trim().ToUpperInvariant();
                List<string> into = IsKnown(name) ? known : refused;
                if (name.Length > 0 && !into.Contains(name))
                {
                    into.Add(name);
                }
            }

            known.Sort(StringComparer.Ordinal);
            unknown = refused;
            return known.ToArray();
        }
    }
}
