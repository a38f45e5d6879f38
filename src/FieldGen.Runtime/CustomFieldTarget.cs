using System;
using FieldGen.Wire;

namespace FieldGen
{
    /// <summary>The kinds of GenAuth object that carry custom fields (the API's <c>targetType</c>).</summary>
    /// <remarks>The members follow the order of the shared target-type table, which gives their wire names.</remarks>
    public enum CustomFieldTarget
    {
        /// <summary><c>USER</c>: identified by the user's ID.</summary>
        User,

        /// <summary><c>ROLE</c>: identified by the role's code, scoped by a namespace.</summary>
        Role,

        /// <summary><c>GROUP</c>: identified by the group's code.</summary>
        Group,

        /// <summary><c>DEPARTMENT</c>: identified by the department's ID.</summary>
        Department,
    }

    /// <summary>Conversions between <see cref="CustomFieldTarget"/> and its wire form.</summary>
    public static class CustomFieldTargets
    {
        /// <summary>The API's spelling of <paramref name="target"/>: <c>USER</c>, <c>ROLE</c>, <c>GROUP</c> or <c>DEPARTMENT</c>.</summary>
        public static string ToWireValue(this CustomFieldTarget target) =>
            (uint)target < (uint)TargetTypes.All.Count
                ? TargetTypes.All[(int)target].WireName
                : throw new ArgumentOutOfRangeException(nameof(target), target, "not a GenAuth target type");
    }
}
