using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FieldGen.Benchmarks.Fixtures;
using FieldGen.Benchmarks.Runtime;

namespace FieldGen.Benchmarks.Verification
{
    /// <summary>Every writing contender's body, parsed back and compared item by item with the fixture.</summary>
    internal static class WriteChecks
    {
        public static void Run()
        {
            foreach (int size in FixtureFiles.RuntimeSizes)
            {
                var benchmarks = new SetCustomDataBenchmarks { Fields = size };
                benchmarks.Setup();
                IReadOnlyList<FixtureField> fields = CustomFieldFixture.Fields(size);
                Check(size, "FieldGen (native values)", Capture(benchmarks, b => b.FieldGenNative()), fields);
                Check(size, "FieldGen (valuesAsStrings)", Capture(benchmarks, b => b.FieldGenStrings()), fields);
                Check(size, "STJ source-gen (object values)", Capture(benchmarks, b => b.StjObjectValues()), fields);
                Check(size, "STJ source-gen (string values)", Capture(benchmarks, b => b.StjStringValues()), fields);
            }
        }

        private static byte[] Capture(SetCustomDataBenchmarks benchmarks, Func<SetCustomDataBenchmarks, int> write)
        {
            int length = write(benchmarks);
            return benchmarks.WrittenBytes().Slice(0, length).ToArray();
        }

        private static void Check(int size, string contender, byte[] body, IReadOnlyList<FixtureField> fields)
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            List<JsonElement> items = root.GetProperty("list").EnumerateArray().ToList();
            string? why = null;
            if (root.GetProperty("targetType").GetString() != "USER" || root.GetProperty("targetIdentifier").GetString() != CustomDataFactory.TargetIdentifier)
            {
                why = "wrong target";
            }
            else if (items.Count != fields.Count)
            {
                why = $"{items.Count} items, expected {fields.Count}";
            }
            else
            {
                for (int i = 0; i < items.Count && why is null; i++)
                {
                    string? key = items[i].GetProperty("key").GetString();
                    FixtureField field = fields.Single(f => f.Key == key);
                    if (!ReadChecks.SameValue(items[i].GetProperty("value"), field.Value))
                    {
                        why = $"'{key}' written as {items[i].GetProperty("value").GetRawText()}";
                    }
                }
            }

            Checks.Expect(why is null, $"{size,4} fields: {contender}, {body.Length:N0} bytes{(why is null ? string.Empty : " (" + why + ")")}");
        }
    }
}
