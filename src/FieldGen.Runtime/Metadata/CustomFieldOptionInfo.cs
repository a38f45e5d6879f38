using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace FieldGen
{
    /// <summary>One option of an ENUM field: its wire value, label and localized labels.</summary>
    public class CustomFieldOptionInfo
    {
        private protected CustomFieldOptionInfo(string value, string? label, string? removedAt, string[]? languageLabelPairs)
        {
            Value = value ?? throw new ArgumentNullException(nameof(value));
            Label = string.IsNullOrEmpty(label) ? value : label!;
            RemovedAt = removedAt;
            Labels = LocalizedLabels.FromPairs(languageLabelPairs);
        }

        /// <summary>The wire value, e.g. <c>pku</c>.</summary>
        public string Value { get; }

        /// <summary>The schema's <c>label</c>, or the wire value when it has none.</summary>
        public string Label { get; }

        /// <summary>The option's enabled labels by language tag (case-insensitive), e.g. <c>en-US</c>; empty when it has none.</summary>
        public IReadOnlyDictionary<string, string> Labels { get; }

        /// <summary>The UTC date (yyyy-MM-dd) a pull found the option gone from the tenant, or null while it exists.</summary>
        public string? RemovedAt { get; }

        /// <summary>The label for a culture: the exact culture, then its parents, then <see cref="Label"/>.</summary>
        /// <param name="culture">The culture; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        public string GetLabel(CultureInfo? culture = null) => LocalizedLabels.Find(Labels, culture, Label);

        /// <inheritdoc/>
        public override string ToString() => Value;
    }

    /// <summary>One option of an ENUM field with its generated enum member.</summary>
    /// <typeparam name="TEnum">The enum generated for the field.</typeparam>
    public sealed class CustomFieldOptionInfo<TEnum> : CustomFieldOptionInfo
        where TEnum : struct, Enum
    {
        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public CustomFieldOptionInfo(TEnum option, string value, string? label, string? removedAt, params string[] languageLabelPairs)
            : base(value, label, removedAt, languageLabelPairs)
        {
            Option = option;
        }

        /// <summary>The enum member, e.g. <c>UserCustomData.School.Pku</c>.</summary>
        public TEnum Option { get; }
    }
}
