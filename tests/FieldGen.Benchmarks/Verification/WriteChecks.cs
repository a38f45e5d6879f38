using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FieldGen.Benchmarks.Fixtures;
using FieldGen.Benchmarks.Runtime;

namespace FieldGen.Benchmarks.Verification
{
    /// <summary>Every writing contender's body, parsed back and compared item by item with the fixture; the hand-written body byte for byte with FieldGen's.</summary>
    internal static class WriteChecks
    {
        public static void Run()
        {
            foreach (int size in FixtureFiles.RuntimeSizes)
            {
                var benchmarks = new SetCustomDataBenchmarks { Fields = size };
                benchmarks.Setup();
                IReadOnlyList<FixtureField> fields = CustomFieldFixture.Fields(size);
                byte[] fieldGen = Capture(benchmarks, b => b.FieldGenNative());
                byte[] handWritten = Capture(benchmarks, b => b.HandWritten());
                Check(size, "hand-written writer", handWritten, fields);
                Checks.Expect(handWritten.AsSpan().SequenceEqual(fieldGen), $"{size,4} fields: the hand-written writer writes FieldGen's bytes exactly{FirstDifference(handWritten, fieldGen)}");
                Check(size, "FieldGen (native values)", fieldGen, fields);
                Check(size, "FieldGen (valuesAsStrings)", Capture(benchmarks, b => b.FieldGenStrings()), fields);
                Check(size, "STJ source-gen (object values)", Capture(benchmarks, b => b.StjObjectValues()), fields);
                Check(size, "STJ source-gen (string values)", Capture(benchmarks, b => b.StjStringValues()), fields);
            }
        }

        private static string FirstDifference(byte[] a, byte[] b)
        {
            int at = 0;
            while (at < a.Length && at < b.Length && a[at] == b[at])
            {
                at++;
            }

            if (at == a.Length && at == b.Length)
            {
                return string.Empty;
            }

            string Around(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 20), Math.Min(bytes.Length, at + 20) - Math.Max(0, at - 20));
            return $" (first difference at byte {at}: ...{Around(a)}... vs ...{Around(b)}...)";
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
