using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using FieldGen.Benchmarks.Dtos;
using FieldGen.Benchmarks.Fixtures;
using FieldGen.Benchmarks.Runtime;

namespace FieldGen.Benchmarks.Verification
{
    /// <summary>Every reading contender, run once per size, compared field by field with the fixture.</summary>
    internal static class ReadChecks
    {
        public static void Run()
        {
            foreach (int size in FixtureFiles.RuntimeSizes)
            {
                var benchmarks = new GetCustomDataBenchmarks { Fields = size };
                benchmarks.Setup();
                IReadOnlyList<FixtureField> fields = CustomFieldFixture.Fields(size);

                var generated = (CustomData)benchmarks.FieldGenReader();
                using (JsonDocument written = JsonDocument.Parse(CustomDataSerializerText(generated)))
                {
                    Checks.Expect(MatchesFixture(written.RootElement, fields, out string? why) && generated.UnknownFields.Count == 0, $"{size,4} fields: FieldGen values{Because(why)}");
                }

                Checks.Expect(DtoMatches(benchmarks.HandWritten(), fields, out string? hw), $"{size,4} fields: hand-written reader values, exactly{Because(hw)}");
                Checks.Expect(DtoMatches(Data(benchmarks.StjSourceGen()), fields, out string? sg), $"{size,4} fields: STJ source-gen DTO values{Because(sg)}");
                Checks.Expect(DtoMatches(Data(benchmarks.StjReflection()), fields, out string? rf), $"{size,4} fields: STJ reflection DTO values{Because(rf)}");
                Checks.Expect(((GetCustomDataResponse<Dictionary<string, object>>)benchmarks.StjDictionaryOfObject()!).Data!.Count == size, $"{size,4} fields: STJ Dictionary<string, object> holds every key");
                Checks.Expect(((GetCustomDataResponse<Dictionary<string, JsonElement>>)benchmarks.StjDictionaryOfJsonElement()!).Data!.Count == size, $"{size,4} fields: STJ Dictionary<string, JsonElement> holds every key");
                Checks.Expect(((Dictionary<string, object>)benchmarks.NewtonsoftJObject()!).Count == size, $"{size,4} fields: Newtonsoft dictionary holds every key");
                Checks.Expect(benchmarks.Floor() == 11 + (2 * size), $"{size,4} fields: the floor reads every token");
                Checks.Expect(benchmarks.TypedValueFloor() > 0, $"{size,4} fields: the typed-value floor reads every value");
            }
        }

        /// <summary>Compares a <c>{ key: value }</c> object with the fixture's values, by meaning (1.0 equals 1, any offset of the same instant).</summary>
        public static bool MatchesFixture(JsonElement data, IReadOnlyList<FixtureField> fields, out string? why)
        {
            why = null;
            int count = data.EnumerateObject().Count();
            if (count != fields.Count)
            {
                why = $"{count} keys, expected {fields.Count}";
                return false;
            }

            foreach (FixtureField field in fields)
            {
                if (!data.TryGetProperty(field.Key, out JsonElement value) || !SameValue(value, field.Value))
                {
                    why = $"'{field.Key}' is {(data.TryGetProperty(field.Key, out JsonElement v) ? v.GetRawText() : "missing")}, expected {field.Value}";
                    return false;
                }
            }

            return true;
        }

        public static bool SameValue(JsonElement value, object expected) => expected switch
        {
            decimal number => value.ValueKind == JsonValueKind.Number ? value.GetDecimal() == number : decimal.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out decimal parsed) && parsed == number,
            bool flag => value.ValueKind == JsonValueKind.String ? value.GetString() == (flag ? "true" : "false") : value.ValueKind == (flag ? JsonValueKind.True : JsonValueKind.False),
            DateTimeOffset date => value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out DateTimeOffset read) && read == date,
            _ => value.ValueKind == JsonValueKind.String && value.GetString() == (string)expected,
        };

        private static string CustomDataSerializerText(CustomData data) => global::FieldGen.CustomDataSerializer.Serialize(data);

        private static object Data(object? response) =>
            response!.GetType().GetProperty(nameof(GetCustomDataResponse<object>.Data))!.GetValue(response)!;

        /// <summary>A hand-written object's properties against the fixture: NUMBER read as a double must be the fixture's decimal's nearest double, dates the same instant and offset.</summary>
        private static bool DtoMatches(object dto, IReadOnlyList<FixtureField> fields, out string? why)
        {
            why = null;
            foreach (FixtureField field in fields)
            {
                PropertyInfo property = dto.GetType().GetProperty(field.PropertyName)!;
                object? value = property.GetValue(dto);
                object? comparable = value is TierOption option ? CustomFieldFixture.Options[(int)option] : value;
                object expected = value is double && field.Value is decimal number ? (double)number : field.Value;
                bool sameOffset = value is not DateTimeOffset date || date.Offset == ((DateTimeOffset)field.Value).Offset;
                if (!Equals(comparable, expected) || !sameOffset)
                {
                    why = $"{field.PropertyName} is {value}, expected {field.Value}";
                    return false;
                }
            }

            return true;
        }

        private static string Because(string? why) => why is null ? string.Empty : " (" + why + ")";
    }
}
