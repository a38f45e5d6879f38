using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FieldGen.Benchmarks.Fixtures
{
    /// <summary>The five GenAuth data types, in the order fields cycle through them.</summary>
    internal enum FieldKind
    {
        String,
        Number,
        DateTime,
        Boolean,
        Enum,
    }

    /// <summary>One custom field of a fixture and the value its payload carries.</summary>
    /// <param name="Value">A <see cref="string"/>, <see cref="decimal"/>, <see cref="DateTimeOffset"/>, <see cref="bool"/>, or the ENUM option's wire string.</param>
    internal sealed record FixtureField(int Index, string Key, FieldKind Kind, string Label, string PropertyName, object Value);

    /// <summary>
    /// Deterministic USER fields for any count: field <c>i</c> has data type <c>i % 5</c> (STRING, NUMBER,
    /// DATETIME, BOOLEAN, ENUM), a key like <c>office_0001</c> and a value computed from <c>i</c> alone,
    /// so the schemas, payloads and hand-written classes of every size agree without a seed.
    /// </summary>
    internal static class CustomFieldFixture
    {
        /// <summary>The option values of every ENUM field.</summary>
        public static readonly string[] Options = { "gold", "silver", "bronze", "platinum" };

        public const string RequestId = "934108e5-9fbf-4d24-8da1-c330328abd6c";

        private static readonly string[] Nouns = { "employee", "office", "contract", "badge", "region", "cost_center", "manager" };
        private static readonly DateTimeOffset Epoch = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public static IReadOnlyList<FixtureField> Fields(int count)
        {
            var fields = new FixtureField[count];
            for (int i = 0; i < count; i++)
            {
                string noun = Nouns[i % Nouns.Length];
                string key = noun + "_" + i.ToString("D4", CultureInfo.InvariantCulture);
                var kind = (FieldKind)(i % 5);
                string property = Pascal(noun) + i.ToString("D4", CultureInfo.InvariantCulture);
                fields[i] = new FixtureField(i, key, kind, Pascal(noun).Replace('_', ' ') + " " + i.ToString(CultureInfo.InvariantCulture), property, ValueOf(i, kind, noun));
            }

            return fields;
        }

        /// <summary>
        /// The getCustomFields response for <paramref name="count"/> fields, as a tenant exports it:
        /// labels, some descriptions and i18n labels, options as arrays. <paramref name="labelEdit"/>
        /// changes one field's label, the smallest edit a tenant makes.
        /// </summary>
        public static string SchemaJson(int count, string? labelEdit = null)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteNumber("statusCode", 200);
                w.WriteString("message", "Operation successful");
                w.WriteString("requestId", RequestId);
                w.WriteStartArray("data");
                foreach (FixtureField field in Fields(count))
                {
                    w.WriteStartObject();
                    w.WriteString("targetType", "USER");
                    w.WriteString("createdAt", Epoch.AddDays(field.Index).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                    w.WriteString("dataType", WireType(field.Kind));
                    w.WriteString("key", field.Key);
                    w.WriteString("label", labelEdit is not null && field.Index == count / 2 ? labelEdit : field.Label);
                    if (field.Index % 4 == 0)
                    {
                        w.WriteString("description", "What the " + field.Label + " field holds for a user.");
                    }

                    w.WriteBoolean("isUnique", field.Kind == FieldKind.String && field.Index % 10 == 0);
                    w.WriteBoolean("encrypted", false);
                    w.WriteBoolean("userEditable", true);
                    w.WriteBoolean("visibleInAdminConsole", true);
                    w.WriteBoolean("visibleInUserCenter", field.Index % 2 == 0);
                    if (field.Index % 3 == 0)
                    {
                        w.WriteStartObject("i18n");
                        w.WriteStartObject("label");
                        WriteLabel(w, "zh-CN", "字段 " + field.Index.ToString(CultureInfo.InvariantCulture));
                        WriteLabel(w, "en-US", field.Label);
                        w.WriteEndObject();
                        w.WriteEndObject();
                    }

                    if (field.Kind == FieldKind.Enum)
                    {
                        w.WriteStartArray("options");
                        foreach (string option in Options)
                        {
                            w.WriteStartObject();
                            w.WriteString("value", option);
                            w.WriteString("label", Pascal(option));
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        }

        /// <summary>The getCustomData response holding every field's value, compact and in raw UTF-8 as the API sends it.</summary>
        public static byte[] GetCustomDataPayload(int count)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteNumber("statusCode", 200);
                w.WriteString("message", "操作成功");
                w.WriteString("requestId", RequestId);
                w.WriteStartObject("data");
                foreach (FixtureField field in Fields(count))
                {
                    w.WritePropertyName(field.Key);
                    switch (field.Value)
                    {
                        case string text: w.WriteStringValue(text); break;
                        case decimal number: w.WriteNumberValue(number); break;
                        case DateTimeOffset date: w.WriteStringValue(FormatDate(date)); break;
                        case bool flag: w.WriteBooleanValue(flag); break;
                    }
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            return buffer.ToArray();
        }

        /// <summary>The wire form GenAuth uses for dates (as in <c>createdAt</c>).</summary>
        public static string FormatDate(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        public static string WireType(FieldKind kind) => kind switch
        {
            FieldKind.String => "STRING",
            FieldKind.Number => "NUMBER",
            FieldKind.DateTime => "DATETIME",
            FieldKind.Boolean => "BOOLEAN",
            _ => "ENUM",
        };

        public static string Pascal(string snake)
        {
            var builder = new StringBuilder(snake.Length);
            bool upper = true;
            foreach (char c in snake)
            {
                if (c == '_')
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return builder.ToString();
        }

        private static object ValueOf(int i, FieldKind kind, string noun) => kind switch
        {
            // One string in four is Chinese, as GenAuth tenants often write: non-ASCII exercises transcoding.
            FieldKind.String => i % 4 == 0
                ? "北京市海淀区办公室 " + i.ToString(CultureInfo.InvariantCulture)
                : noun + " value " + i.ToString("D4", CultureInfo.InvariantCulture) + " (ok)",
            FieldKind.Number => (i % 3) switch
            {
                0 => i * 17m,
                1 => i + 0.25m,
                _ => -(i * 3.5m),
            },
            FieldKind.DateTime => Epoch.AddMinutes(i * 997).AddMilliseconds(i * 7919 % 1000),
            FieldKind.Boolean => i % 2 == 0,
            _ => Options[i % Options.Length],
        };

        private static void WriteLabel(Utf8JsonWriter w, string language, string value)
        {
            w.WriteStartObject(language);
            w.WriteBoolean("enabled", true);
            w.WriteString("value", value);
            w.WriteEndObject();
        }
    }
}
