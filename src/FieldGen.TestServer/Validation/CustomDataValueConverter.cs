using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FieldGen.Model;
using FieldGen.Wire;

namespace FieldGen.TestServer;

/// <summary>
/// Checks a set-custom-data value against its field and gives the form it is stored in. Native JSON
/// and strings are both accepted because the official generated SDKs type every value as a string.
/// </summary>
internal static class CustomDataValueConverter
{
    private static readonly Regex Iso8601 = new(
        @"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$",
        RegexOptions.CultureInvariant);

    /// <summary>The value to store (<see langword="null"/> clears the key).</summary>
    /// <exception cref="ApiFailureException">The value does not fit the field's data type (apiCode <see cref="GenAuthApiCodes.ValueTypeMismatch"/>).</exception>
    public static JsonNode? Convert(CustomField field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        FieldDataType dataType = DataTypes.FromWireName(field.DataType).Kind;
        JsonNode? stored = dataType switch
        {
            FieldDataType.String => value.ValueKind == JsonValueKind.String ? JsonValue.Create(value.GetString()) : null,
            FieldDataType.Number => Number(value),
            FieldDataType.Boolean => Boolean(value),
            FieldDataType.DateTime => DateTime(value),
            FieldDataType.Enum => Choice(field, value),
            _ => JsonNode.Parse(value.GetRawText()),
        };
        return stored ?? throw Mismatch(field, dataType, value);
    }

    /// <summary>
    /// Held as the server holds it, an IEEE double (JSON.parse): <c>18.50</c> is stored as 18.5 and
    /// 12345678901234567890 as 12345678901234567000. A number beyond the double range is refused.
    /// </summary>
    private static JsonNode? Number(JsonElement value)
    {
        double number = value.ValueKind switch
        {
            JsonValueKind.Number => JavaScriptJson.NumberValue(value),
            JsonValueKind.String when double.TryParse(value.GetString()!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
            _ => double.NaN,
        };
        return double.IsFinite(number) ? JsonValue.Create(number) : null;
    }

    private static JsonNode? Boolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => JsonValue.Create(true),
        JsonValueKind.False => JsonValue.Create(false),
        JsonValueKind.String when value.GetString() == "true" => JsonValue.Create(true),
        JsonValueKind.String when value.GetString() == "false" => JsonValue.Create(false),
        _ => null,
    };

    /// <summary>ISO 8601, or epoch milliseconds as a number or a numeric string; stored as ISO 8601 UTC.</summary>
    private static JsonNode? DateTime(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out long ms) ? FromEpochMs(ms) : null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string text = value.GetString()!.Trim();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long epochMs))
        {
            return FromEpochMs(epochMs);
        }

        return Iso8601.IsMatch(text)
            && DateTimeOffset.TryParse(WithColonOffset(text), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? JsonValue.Create(CustomFieldJson.IsoTime(time))
            : null;
    }

    private static JsonNode? Choice(CustomField field, JsonElement value) =>
        value.ValueKind == JsonValueKind.String && (field.Options ?? Array.Empty<CustomFieldOption>()).Any(o => o.Value == value.GetString())
            ? JsonValue.Create(value.GetString())
            : null;

    private static JsonNode? FromEpochMs(long ms) =>
        ms >= -62135596800000 && ms <= 253402300799999 ? JsonValue.Create(CustomFieldJson.IsoTime(DateTimeOffset.FromUnixTimeMilliseconds(ms))) : null;

    /// <summary>.NET parses <c>+08:00</c> but not the equally valid ISO 8601 <c>+0800</c>.</summary>
    private static string WithColonOffset(string text) =>
        Regex.Replace(text, @"([+-]\d{2})(\d{2})$", "$1:$2", RegexOptions.CultureInvariant);

    private static ApiFailureException Mismatch(CustomField field, FieldDataType dataType, JsonElement value)
    {
        string expected = dataType switch
        {
            FieldDataType.String => "a string",
            FieldDataType.Number => "a number or a numeric string",
            FieldDataType.Boolean => "true, false, \"true\" or \"false\"",
            FieldDataType.DateTime => "an ISO 8601 string or epoch milliseconds",
            _ => "one of " + string.Join(", ", (field.Options ?? Array.Empty<CustomFieldOption>()).Select(o => $"'{o.Value}'")),
        };
        return new ApiFailureException(
            400, GenAuthApiCodes.ValueTypeMismatch,
            $"value of '{field.Key}' ({field.DataType} field of {field.TargetType}) must be {expected}; got {value.GetRawText()}");
    }
}
