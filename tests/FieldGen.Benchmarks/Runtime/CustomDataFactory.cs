using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using FieldGen.Benchmarks.Dtos;
using FieldGen.Benchmarks.Fixtures;
using FieldGen.Benchmarks.Generated;

namespace FieldGen.Benchmarks.Runtime
{
    /// <summary>The objects the write benchmarks serialize, built once per size outside the measured code.</summary>
    internal static class CustomDataFactory
    {
        public const string TargetIdentifier = "6229ffaxxxxxxxxcade3e3d9";

        /// <summary>The <see cref="SetCustomDataBenchmarks.Strings"/> value that gives every STRING field text to escape.</summary>
        public const string EscapedStrings = "escapes";

        /// <summary>
        /// The fixture's fields with the values the write benchmarks send: the payload's, or with
        /// <see cref="EscapedStrings"/> every STRING value followed by quotes, a backslash, a newline, a tab
        /// and HTML-sensitive characters. JSON.stringify and System.Text.Json's relaxed encoder escape
        /// those alike (<c>\" \\ \n \t</c>, the rest as is), so the hand-written writer still writes
        /// FieldGen's bytes while FieldGen must encode each such value itself.
        /// </summary>
        public static IReadOnlyList<FixtureField> Fields(int size, string strings)
        {
            IReadOnlyList<FixtureField> fields = CustomFieldFixture.Fields(size);
            if (strings != EscapedStrings)
            {
                return fields;
            }

            var escaped = new FixtureField[fields.Count];
            for (int i = 0; i < fields.Count; i++)
            {
                FixtureField field = fields[i];
                escaped[i] = field.Kind == FieldKind.String ? field with { Value = (string)field.Value + " \"quoted\" C:\\dir\n\t<a&b> 'x'+1" } : field;
            }

            return escaped;
        }

        /// <summary>The generated class read from the payload, with every field marked changed (assigned its own value, or the escaped text).</summary>
        public static CustomData ReadAllChanged(int size, string strings = "fixture")
        {
            byte[] payload = FixtureFiles.Payload(size);
            CustomData data = size switch
            {
                10 => User10CustomData.FromUtf8Json(payload),
                100 => User100CustomData.FromUtf8Json(payload),
                1000 => User1000CustomData.FromUtf8Json(payload),
                _ => throw new ArgumentOutOfRangeException(nameof(size)),
            };
            foreach (PropertyInfo property in data.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
                {
                    property.SetValue(data, property.GetValue(data));
                }
            }

            SetStrings(data, size, strings);
            return data;
        }

        // The hand-written classes and FieldGen's name a field's property alike (Employee0000).
        private static void SetStrings(object data, int size, string strings)
        {
            foreach (FixtureField field in Fields(size, strings))
            {
                if (field.Kind == FieldKind.String)
                {
                    PropertyInfo property = data.GetType().GetProperty(field.PropertyName)
                        ?? throw new InvalidOperationException($"{data.GetType().Name} has no property {field.PropertyName}");
                    property.SetValue(data, field.Value);
                }
            }
        }

        /// <summary>The hand-written class (the typed limit) read from the payload by its own reader.</summary>
        public static object HandWritten(int size, string strings = "fixture")
        {
            byte[] payload = FixtureFiles.Payload(size);
            object data = size switch
            {
                10 => User10HandWritten.Read(payload),
                100 => User100HandWritten.Read(payload),
                1000 => User1000HandWritten.Read(payload),
                _ => throw new ArgumentOutOfRangeException(nameof(size)),
            };
            SetStrings(data, size, strings);
            return data;
        }

        /// <summary>The setCustomData body as a list of boxed native values (ENUM as its wire string).</summary>
        public static SetCustomDataRequestDto ObjectValues(int size, string strings = "fixture")
        {
            var request = new SetCustomDataRequestDto { TargetIdentifier = TargetIdentifier };
            foreach (FixtureField field in Fields(size, strings))
            {
                request.List.Add(new SetCustomDataItemDto { Key = field.Key, Value = field.Value });
            }

            return request;
        }

        /// <summary>The setCustomData body as the official SDKs type it: every value already a string.</summary>
        public static SetCustomDataStringRequestDto StringValues(int size, string strings = "fixture")
        {
            var request = new SetCustomDataStringRequestDto { TargetIdentifier = TargetIdentifier };
            foreach (FixtureField field in Fields(size, strings))
            {
                request.List.Add(new SetCustomDataStringItemDto { Key = field.Key, Value = AsString(field.Value) });
            }

            return request;
        }

        private static string AsString(object value) => value switch
        {
            decimal number => number.ToString(CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            DateTimeOffset date => CustomFieldFixture.FormatDate(date),
            _ => (string)value,
        };

        /// <summary>Every generated class's properties, for tests that compare them with the DTOs.</summary>
        public static IEnumerable<PropertyInfo> FieldProperties(Type type)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    yield return property;
                }
            }
        }
    }
}
