using System;

namespace FieldGen
{
    /// <summary>
    /// What the schema says about a field. A flag is set only when the schema says <c>true</c>: a
    /// field whose export leaves <c>userEditable</c> out reads as not user-editable.
    /// </summary>
    [Flags]
    public enum CustomFieldFlags
    {
        /// <summary>No flag is set.</summary>
        None = 0,

        /// <summary>Values must be unique (<c>isUnique</c>, or a UNIQUE validate rule).</summary>
        Unique = 1,

        /// <summary>Stored encrypted (<c>encrypted</c>).</summary>
        Encrypted = 2,

        /// <summary>Users may edit it themselves (<c>userEditable</c>).</summary>
        UserEditable = 4,

        /// <summary>Shown in the user center (<c>visibleInUserCenter</c>; V2: <c>userVisible</c>).</summary>
        VisibleInUserCenter = 8,

        /// <summary>Shown in the admin console (<c>visibleInAdminConsole</c>; V2: <c>adminVisible</c>).</summary>
        VisibleInAdminConsole = 16,
    }
}
