using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FieldGen.Serialization;

namespace FieldGen
{
    /// <summary>
    /// What the schema says about one custom field, for rendering forms and admin screens: key, data
    /// type, labels, flags and options. Generated classes expose one per field
    /// (<c>UserCustomData.Fields.School</c>) and all of them (<c>UserCustomData.Fields.All</c>), as
    /// static data: no reflection, safe to trim and to compile ahead of time.
    /// </summary>
    public class CustomFieldInfo
    {
        private static readonly IReadOnlyList<CustomFieldOptionInfo> NoOptions = new CustomFieldOptionInfo[0];

        // The one option table of an ENUM field: wire value (UTF-8) to option index. Not generic, so the
        // lookup is compiled once, not once per generated enum.
        private readonly CustomDataKeyTable? _optionTable;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public CustomFieldInfo(string key, string dataType, string? label, string? description, CustomFieldFlags flags, string? removedAt, params string[] languageLabelPairs)
            : this(key, dataType, label, description, flags, removedAt, languageLabelPairs, NoOptions)
        {
        }

        private protected CustomFieldInfo(string key, string dataType, string? label, string? description, CustomFieldFlags flags, string? removedAt, string[]? languageLabelPairs, IReadOnlyList<CustomFieldOptionInfo> options)
        {
            Key = key ?? throw new ArgumentNullException(nameof(key));
            DataType = dataType ?? throw new ArgumentNullException(nameof(dataType));
            Label = string.IsNullOrEmpty(label) ? key : label!;
            Description = description;
            Flags = flags;
            RemovedAt = removedAt;
            Labels = LocalizedLabels.FromPairs(languageLabelPairs);
            Options = options;
            if (options.Count > 0)
            {
                var wireValues = new string[options.Count];
                for (int i = 0; i < wireValues.Length; i++)
                {
                    wireValues[i] = options[i].Value;
                }

                _optionTable = new CustomDataKeyTable(wireValues);
            }
        }

        /// <summary>The wire key, e.g. <c>school</c>.</summary>
        public string Key { get; }

        /// <summary>The data type as the schema spells it, upper case: STRING, NUMBER, DATETIME, BOOLEAN, ENUM, OBJECT...</summary>
        public string DataType { get; }

        /// <summary>The schema's <c>label</c>, or the key when it has none.</summary>
        public string Label { get; }

        /// <summary>The schema's <c>description</c>, or null.</summary>
        public string? Description { get; }

        /// <summary>The enabled i18n labels by language tag (case-insensitive); a V2 export's <c>labelEn</c> is <c>en-US</c>. Empty when the field has none.</summary>
        public IReadOnlyDictionary<string, string> Labels { get; }

        /// <summary>The flags the schema sets.</summary>
        public CustomFieldFlags Flags { get; }

        /// <summary>Values must be unique.</summary>
        public bool IsUnique => (Flags & CustomFieldFlags.Unique) != 0;

        /// <summary>Stored encrypted.</summary>
        public bool IsEncrypted => (Flags & CustomFieldFlags.Encrypted) != 0;

        /// <summary>Users may edit it themselves.</summary>
        public bool IsUserEditable => (Flags & CustomFieldFlags.UserEditable) != 0;

        /// <summary>Shown in the user center.</summary>
        public bool IsVisibleInUserCenter => (Flags & CustomFieldFlags.VisibleInUserCenter) != 0;

        /// <summary>Shown in the admin console.</summary>
        public bool IsVisibleInAdminConsole => (Flags & CustomFieldFlags.VisibleInAdminConsole) != 0;

        /// <summary>The UTC date (yyyy-MM-dd) a pull found the field gone from the tenant, or null while it exists; its members are then obsolete.</summary>
        public string? RemovedAt { get; }

        /// <summary>An ENUM field's options in schema order (removed ones included, see <see cref="CustomFieldOptionInfo.RemovedAt"/>); empty for other types.</summary>
        public IReadOnlyList<CustomFieldOptionInfo> Options { get; }

        /// <summary>The label for a culture: the exact culture, then its parents (zh-Hans-CN, zh-Hans, zh), then <see cref="Label"/>.</summary>
        /// <param name="culture">The culture; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        public string GetLabel(CultureInfo? culture = null) => LocalizedLabels.Find(Labels, culture, Label);

        /// <summary>The option with this wire value (ordinal), or null.</summary>
        public CustomFieldOptionInfo? FindOption(string value)
        {
            foreach (CustomFieldOptionInfo option in Options)
            {
                if (string.Equals(option.Value, value, StringComparison.Ordinal))
                {
                    return option;
                }
            }

            return null;
        }

        /// <inheritdoc/>
        public override string ToString() => Key;

        /// <summary>
        /// Reads an ENUM value: the index of a listed option, found through the table over its UTF-8 bytes
        /// (no allocation), or -1 with the value's text in <paramref name="raw"/> (null for a JSON null).
        /// </summary>
        internal int ReadOptionIndex(ref Utf8JsonReader reader, out string? raw)
        {
            if (_optionTable is not null && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                int index = _optionTable.Find(reader.ValueSpan);
                if (index >= 0)
                {
                    raw = null;
                    return index;
                }
            }

            raw = CustomDataValueReader.ReadOptionText(ref reader);
            if (raw is null || _optionTable is null)
            {
                return -1;
            }

            // The ordinal check keeps a raw value with a lone surrogate (encoded as U+FFFD) from matching "\uFFFD".
            int found = _optionTable.Find(Encoding.UTF8.GetBytes(raw));
            return found >= 0 && Options[found].Value == raw ? found : -1;
        }
    }

    /// <summary>An ENUM field's metadata, with its options typed by the generated enum.</summary>
    /// <typeparam name="TEnum">The enum generated for the field, e.g. <c>UserCustomData.School</c>.</typeparam>
    public sealed class CustomFieldInfo<TEnum> : CustomFieldInfo
        where TEnum : struct, Enum
    {
        private readonly Dictionary<TEnum, CustomFieldOptionInfo<TEnum>> _byOption;

        /// <summary>Option i as a value, built once, so reading a listed option allocates nothing.</summary>
        internal readonly OptionValue<TEnum>[] OptionValues;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public CustomFieldInfo(string key, string dataType, string? label, string? description, CustomFieldFlags flags, string? removedAt, string[] languageLabelPairs, params CustomFieldOptionInfo<TEnum>[] options)
            : base(key, dataType, label, description, flags, removedAt, languageLabelPairs, options)
        {
            TypedOptions = options;
            _byOption = new Dictionary<TEnum, CustomFieldOptionInfo<TEnum>>(options.Length);
            OptionValues = new OptionValue<TEnum>[options.Length];
            for (int i = 0; i < options.Length; i++)
            {
                _byOption[options[i].Option] = options[i];
                OptionValues[i] = new OptionValue<TEnum>(options[i].Option, options[i].Value);
            }
        }

        /// <summary>The options with their enum members, in schema order.</summary>
        public IReadOnlyList<CustomFieldOptionInfo<TEnum>> TypedOptions { get; }

        /// <summary>The metadata of an enum member.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="option"/> is not a member of the enum.</exception>
        public CustomFieldOptionInfo<TEnum> Option(TEnum option) =>
            _byOption.TryGetValue(option, out CustomFieldOptionInfo<TEnum>? info)
                ? info
                : throw new ArgumentOutOfRangeException(nameof(option), option, "not an option of '" + Key + "'");

#pragma warning disable RS0026 // Older than API tracking: both take an optional culture, and the first argument's type tells them apart.
        /// <summary>An option's label for a culture (see <see cref="CustomFieldOptionInfo.GetLabel"/>): <c>UserCustomData.Fields.School.GetLabel(UserCustomData.School.Pku, zhCN)</c>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="option"/> is not a member of the enum.</exception>
        public string GetLabel(TEnum option, CultureInfo? culture = null) => Option(option).GetLabel(culture);

        /// <summary>The label of a value read from the wire: a listed option's label, or the raw value of an unlisted one.</summary>
        public string GetLabel(OptionValue<TEnum> value, CultureInfo? culture = null) =>
            value.Option is TEnum option && _byOption.TryGetValue(option, out CustomFieldOptionInfo<TEnum>? info)
                ? info.GetLabel(culture)
                : value.RawValue ?? string.Empty;
#pragma warning restore RS0026

        /// <summary>The wire value of a listed option.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="option"/> is not a member of the enum.</exception>
        internal string WireValueOf(TEnum option) => Option(option).Value;

        /// <summary>A bare enum member converted to an <see cref="OptionValue{TEnum}"/> has no wire value yet: this fills it in.</summary>
        internal OptionValue<TEnum> WithWireValue(OptionValue<TEnum> value) =>
            value.RawValue is null && value.Option is TEnum option ? new OptionValue<TEnum>(option, WireValueOf(option)) : value;

    }
}
