using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>
/// The server's own model of JavaScript's JSON, since the real GenAuth server is JavaScript: what
/// <c>JSON.parse</c> makes of a request (every number an IEEE double, a repeated key keeping its last
/// value at its first position, integer-like keys first) and what <c>JSON.stringify</c> and a template
/// string print back. Written from ECMA-262, not from FieldGen's client writer, so it can catch it.
/// </summary>
internal static class JavaScriptJson
{
    /// <summary>
    /// <c>`${value}`</c> of a parsed top-level value, as the signature's <c>name=value</c> pairs render it: a
    /// string bare, a number as <c>Number.prototype.toString</c>, <c>true</c>/<c>false</c>, <c>null</c>,
    /// and an object or array as <c>JSON.stringify</c> of it.
    /// </summary>
    public static string TemplateText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => StringValue(value),
        JsonValueKind.Number => NumberText(NumberValue(value)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => Stringify(value),
    };

    /// <summary><c>JSON.stringify(JSON.parse(text))</c> of one parsed value.</summary>
    public static string Stringify(JsonElement value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    /// <summary><c>JSON.stringify</c> of an answer the server built: how a JavaScript server writes its bodies.</summary>
    public static string Stringify(JsonNode? node)
    {
        if (node is null)
        {
            return "null";
        }

        using var document = JsonDocument.Parse(node.ToJsonString());
        return Stringify(document.RootElement);
    }

    /// <summary>The double <c>JSON.parse</c> reads from a number token: nearest double, <c>±Infinity</c> beyond the range.</summary>
    public static double NumberValue(JsonElement number) =>
        double.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// A string token's value as JavaScript holds it: UTF-16 code units, where an escaped lone surrogate
    /// (<c>"\ud800"</c>) stays one (System.Text.Json refuses to hand those out).
    /// </summary>
    public static string StringValue(JsonElement value)
    {
        string raw = value.GetRawText();
        var text = new StringBuilder(raw.Length);
        for (int i = 1; i < raw.Length - 1; i++)
        {
            char c = raw[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            char escape = raw[++i];
            text.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escape,
            });
            if (escape == 'u')
            {
                i += 4;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// <c>Number.prototype.toString()</c> (ECMA-262 Number::toString): the shortest digits that read back
    /// as the same double, plain between 1e-7 and 1e21, else exponent form (<c>1e+21</c>, <c>1.5e-7</c>); <c>-0</c> prints <c>0</c>.
    /// </summary>
    public static string NumberText(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var (digits, n) = ShortestDigits(Math.Abs(value));
        int k = digits.Length;
        string sign = value < 0 ? "-" : "";
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        int exponent = n - 1;
        string mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The shortest round-trip digits (no leading or trailing zeros) and n, so that value = 0.digits × 10^n.</summary>
    private static (string Digits, int N) ShortestDigits(double positive)
    {
        // .NET Core 3.0+ "R" gives the shortest round-trip form; only its layout differs from JavaScript's.
        string r = positive.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E');
        int exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? r : r[..e];
        int dot = mantissa.IndexOf('.');
        string whole = dot < 0 ? mantissa : mantissa[..dot];
        string all = whole + (dot < 0 ? "" : mantissa[(dot + 1)..]);
        string significant = all.TrimStart('0');
        int n = whole.Length + exponent - (all.Length - significant.Length);
        return (significant.TrimEnd('0'), n);
    }

    private static void Write(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                bool first = true;
                foreach (var (name, member) in ObjectMembers(value))
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    WriteString(text, name);
                    text.Append(':');
                    Write(text, member);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    text.Append(index++ == 0 ? "" : ",");
                    Write(text, item);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(text, StringValue(value));
                break;
            case JsonValueKind.Number:
                double number = NumberValue(value);
                text.Append(double.IsFinite(number) ? NumberText(number) : "null");
                break;
            default:
                text.Append(TemplateText(value));
                break;
        }
    }

    /// <summary>
    /// A parsed object's own properties in JavaScript's order: array-index keys ascending, then the
    /// others in the order they were first seen; a repeated key holds its last value.
    /// </summary>
    private static IEnumerable<(string Name, JsonElement Value)> ObjectMembers(JsonElement value)
    {
        var order = new List<string>();
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (!members.ContainsKey(property.Name))
            {
                order.Add(property.Name);
            }

            members[property.Name] = property.Value;
        }

        var indices = order.Where(IsArrayIndex).OrderBy(k => uint.Parse(k, CultureInfo.InvariantCulture));
        return indices.Concat(order.Where(k => !IsArrayIndex(k))).Select(k => (k, members[k]));
    }

    /// <summary>A canonical integer below 2^32 - 1: JavaScript lists these keys first, in numeric order.</summary>
    private static bool IsArrayIndex(string key) =>
        uint.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out uint index)
        && index != uint.MaxValue
        && index.ToString(CultureInfo.InvariantCulture) == key;

    /// <summary>JSON.stringify's QuoteJSONString: only <c>\" \\ \b \f \n \r \t</c>, other controls and lone surrogates as lowercase <c>\uXXXX</c>.</summary>
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(value, i))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            text.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        text.Append('"');
    }

    private static bool IsLoneSurrogate(string value, int i) =>
        (char.IsHighSurrogate(value[i]) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
        || char.IsLowSurrogate(value[i]);
}
