using System;
using System.Collections.Generic;

namespace FieldGen
{
    /// <summary>
    /// The value of an ENUM field: one of the options the schema lists (<see cref="Option"/>), or a
    /// wire value it does not list (an option added on the server after the schema was exported).
    /// An unlisted value is kept as its raw string and written back unchanged, never lost.
    /// </summary>
    /// <typeparam name="TEnum">The enum generated for the field, e.g. <c>UserCustomData.School</c>.</typeparam>
    public readonly struct OptionValue<TEnum> : IEquatable<OptionValue<TEnum>>
        where TEnum : struct, Enum
    {
        private readonly TEnum _option;
        private readonly bool _isListed;

        /// <summary>Creates a value from an option the schema lists, with its wire value.</summary>
        public OptionValue(TEnum option, string? rawValue)
        {
            _option = option;
            _isListed = true;
            RawValue = rawValue;
        }

        private OptionValue(string rawValue)
        {
            _option = default;
            _isListed = false;
            RawValue = rawValue;
        }

        /// <summary>Creates a value the schema does not list; it is sent to the server exactly as given.</summary>
        public static OptionValue<TEnum> Unlisted(string rawValue) =>
            new OptionValue<TEnum>(rawValue ?? throw new ArgumentNullException(nameof(rawValue)));

        /// <summary>True when the value is one of the options the schema lists.</summary>
        public bool IsListed => _isListed;

        /// <summary>The option, or null when the value is not listed in the schema.</summary>
        public TEnum? Option => _isListed ? _option : (TEnum?)null;

        /// <summary>
        /// The value as sent on the wire. Always set for values read from JSON or assigned to a
        /// generated property; null only for a bare conversion from <typeparamref name="TEnum"/>.
        /// </summary>
        public string? RawValue { get; }

        /// <summary>Wraps an option; the generated property fills in its wire value.</summary>
        public static implicit operator OptionValue<TEnum>(TEnum option) => new OptionValue<TEnum>(option, null);

        /// <summary>Listed values are equal when their options are; unlisted ones when their raw strings are (ordinal).</summary>
        public bool Equals(OptionValue<TEnum> other)
        {
            if (_isListed != other._isListed)
            {
                return false;
            }

            return _isListed
                ? EqualityComparer<TEnum>.Default.Equals(_option, other._option)
                : string.Equals(RawValue, other.RawValue, StringComparison.Ordinal);
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is OptionValue<TEnum> other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _isListed
            ? EqualityComparer<TEnum>.Default.GetHashCode(_option)
            : StringComparer.Ordinal.GetHashCode(RawValue ?? string.Empty);

        /// <summary>The raw wire value, or the option's name when no wire value is known.</summary>
        public override string ToString() => RawValue ?? _option.ToString();

        /// <summary>Compares two values; see <see cref="Equals(OptionValue{TEnum})"/>.</summary>
        public static bool operator ==(OptionValue<TEnum> left, OptionValue<TEnum> right) => left.Equals(right);

        /// <summary>Compares two values; see <see cref="Equals(OptionValue{TEnum})"/>.</summary>
        public static bool operator !=(OptionValue<TEnum> left, OptionValue<TEnum> right) => !left.Equals(right);
    }
}
