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

        /// <summary>The generated class read from the payload, with every field marked changed (assigned its own value).</summary>
        public static CustomData ReadAllChanged(int size)
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

            return data;
        }

        /// <summary>The hand-written class (the typed limit) read from the payload by its own reader.</summary>
        public static object HandWritten(int size)
        {
            byte[] payload = FixtureFiles.Payload(size);
            return size switch
            {
                10 => User10HandWritten.Read(payload),
                100 => User100HandWritten.Read(payload),
                1000 => User1000HandWritten.Read(payload),
                _ => throw new ArgumentOutOfRangeException(nameof(size)),
            };
        }

        /// <summary>The setCustomData body as a list of boxed native values (ENUM as its wire string).</summary>
        public static SetCustomDataRequestDto ObjectValues(int size)
        {
            var request = new SetCustomDataRequestDto { TargetIdentifier = TargetIdentifier };
            foreach (FixtureField field in CustomFieldFixture.Fields(size))
            {
                request.List.Add(new SetCustomDataItemDto { Key = field.Key, Value = field.Value });
            }

            return request;
        }

        /// <summary>The setCustomData body as the official SDKs type it: every value already a string.</summary>
        public static SetCustomDataStringRequestDto StringValues(int size)
        {
            var request = new SetCustomDataStringRequestDto { TargetIdentifier = TargetIdentifier };
            foreach (FixtureField field in CustomFieldFixture.Fields(size))
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
