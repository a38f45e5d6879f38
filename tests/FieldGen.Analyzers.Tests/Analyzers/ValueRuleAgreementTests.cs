using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FieldGen.Analyzers.Tests.Support;
using FieldGen.Diagnostics;
using FieldGen.GeneratedCodeSupport;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace FieldGen.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// Issue 12: the analyzer (FG1003) and the runtime's reader take their value rules from one table, so
    /// they accept exactly the same values. A corpus designed to break them runs through the real runtime
    /// reader (a JSON value as the API sends it) and the real analyzer (the same value as a C# constant):
    /// the analyzer must report exactly the values the runtime refuses.
    /// </summary>
    public sealed class ValueRuleAgreementTests
    {
        private static readonly string[] Texts =
        {
            // Numbers: exactness, range, notation, white space, words and digits .NET or JavaScript might take.
            "18", "-18.5", "1e-30", "1e30", "1e308", "1e309", "-1e309", "5e-324", "2e-324", "1.7976931348623157e308",
            "12345678901234567890", "-0", "0", "1", "1.0", "0.0", "2", "+5", "--5", ".5", "5.", "1e", "e5", "1E+5",
            "0x10", "0b1", "1_000", "1,000", "1 000", " 1", "1 ", "\t1\n", "\u00A01", "\u30001", "\uFEFF1",
            "NaN", "nan", "-NaN", "Infinity", "-Infinity", "infinity", "\u221E", "\uFF11\uFF12", "\u0661\u0662", "",
            " ", "null",
            // Booleans.
            "true", "false", "TRUE", "False", " true ", "yes", "no", "on", "t", "1.00", "01",
            // Dates: with and without offset, fractions, leap seconds and days, loose and local forms.
            "2022-07-01", "2022-07-01T08:00", "2022-07-01T08:00:00", "2022-07-01T08:00:00Z", "2022-07-01T08:00:00.1Z",
            "2022-07-01T08:00:00.1234567Z", "2022-07-01T08:00:00.123456789Z", "2022-07-01T08:00:00+08:00",
            "2022-07-01T08:00:00-05:30", "2022-07-01T08:00:00+0800", "2022-07-01T08:00:00+08", "2022-07-01T08:00:00-00:00",
            "2022-07-01T08:00:00+14:00", "2022-07-01T08:00:00+15:00", "2022-07-01T08:00:00+08:00:00",
            "2016-12-31T23:59:60Z", "2016-12-31T23:59:60", "2024-02-29", "2023-02-29", "2024-02-30", "2022-13-01",
            "2022-07-01T24:00:00", "2022-07-01t08:00:00z", "2022-07-01 08:00:00", "2022-07-01T08:00:00 Z",
            "2022-7-1", "20220701", "2022-W26-5", "2022-182", "0001-01-01T00:00:00Z", "0000-12-31",
            "9999-12-31T23:59:59.9999999Z", "10000-01-01", " 2022-07-01 ", "\uFF12\uFF10\uFF12\uFF12-07-01",
            "July 1, 2022", "07/01/2022", "1656633600000", " 1656633600000 ", "1.5e12", "-62135596800000",
            "-62135596800001", "253402300799999", "253402300800000", "1656633600000.5",
        };

        // C# constants as written in code, and the same value as the API receives it (JSON).
        private static readonly (string CSharp, object Value)[] Numbers =
        {
            ("0", 0), ("1", 1), ("2", 2), ("-1", -1), ("1.0", 1.0), ("-0.0", -0.0), ("0.5", 0.5), ("1e-30", 1e-30),
            ("1e300", 1e300), ("double.MaxValue", double.MaxValue), ("5e-324", 5e-324), ("1656633600000", 1656633600000L),
            ("-62135596800000", -62135596800000L), ("-62135596800001", -62135596800001L), ("253402300799999", 253402300799999L),
            ("253402300800000", 253402300800000L), ("1.5m", 1.5m), ("1.0m", 1.0m), ("long.MaxValue", long.MaxValue),
        };

        private static readonly (string Key, string Constant, string DataType)[] Fields =
        {
            ("age", "UserCustomData.Keys.Age", "NUMBER"),
            ("is-verified", "UserCustomData.Keys.IsVerified", "BOOLEAN"),
            ("graduated_at", "UserCustomData.Keys.GraduatedAt", "DATETIME"),
            ("employee_id", "UserCustomData.Keys.EmployeeId", "STRING"),
        };

        [Fact]
        public Task The_analyzer_reports_exactly_the_strings_the_runtime_refuses() =>
            AgreeAsync(Texts.Select(text => (SymbolDisplay.FormatLiteral(text, quote: true), JsonSerializer.Serialize(text))));

        [Fact]
        public Task The_analyzer_reports_exactly_the_numbers_and_booleans_the_runtime_refuses() =>
            AgreeAsync(Numbers.Select(n => (n.CSharp, JsonSerializer.Serialize(n.Value)))
                .Concat(new[] { ("true", "true"), ("false", "false") }));

        // The corpus is hostile on purpose: both sides must also refuse some of it and accept some of it,
        // or an agreement would prove nothing.
        [Fact]
        public void The_corpus_has_values_each_data_type_refuses_and_accepts()
        {
            foreach ((string _, string _, string dataType) in Fields.Where(f => f.DataType != "STRING"))
            {
                bool[] verdicts = Texts.Select(t => RuntimeAccepts(dataType, JsonSerializer.Serialize(t))).ToArray();
                Assert.Contains(true, verdicts);
                Assert.Contains(false, verdicts);
            }
        }

        private static Task AgreeAsync(IEnumerable<(string CSharp, string Json)> values)
        {
            var calls = new StringBuilder();
            var expected = new List<DiagnosticResult>();
            int marker = 0;
            foreach ((string csharp, string json) in values)
            {
                foreach ((string _, string constant, string dataType) in Fields)
                {
                    calls.Append("        UserApi.SetField(").Append(constant).Append(", {|#").Append(marker).Append(':').Append(csharp).AppendLine("|});");
                    if (!RuntimeAccepts(dataType, json))
                    {
                        expected.Add(Verify.Diagnostic(DiagnosticIds.ValueNotOfDataType).WithLocation(marker));
                    }

                    marker++;
                }
            }

            string source = "static class C\n{\n    static void M()\n    {\n" + calls + "    }\n}\n";
            return Verify.AnalyzerAsync(source, expected.ToArray());
        }

        /// <summary>Whether the runtime's reader takes <paramref name="json"/> as a value of <paramref name="dataType"/>.</summary>
        private static bool RuntimeAccepts(string dataType, string json)
        {
            try
            {
                // The data object's one member goes through the runtime's own reader, as a generated class's would.
                ValueProbe.FromJson("{\"" + dataType + "\":" + json + "}");
                return true;
            }
            catch (CustomDataFormatException)
            {
                return false;
            }
        }

        /// <summary>
        /// A custom-data class written by hand against the runtime's public contract (what the generator
        /// emits), one property per data type: its reads are the runtime's value reader, nothing of ours.
        /// </summary>
        private sealed class ValueProbe : CustomData<ValueProbe>
        {
            private static readonly CustomFieldInfo[] Fields =
            {
                new CustomFieldInfo("BOOLEAN", "BOOLEAN", null, null, CustomFieldFlags.None, null),
                new CustomFieldInfo("DATETIME", "DATETIME", null, null, CustomFieldFlags.None, null),
                new CustomFieldInfo("NUMBER", "NUMBER", null, null, CustomFieldFlags.None, null),
                new CustomFieldInfo("STRING", "STRING", null, null, CustomFieldFlags.None, null),
            };

            private static readonly CustomDataContract Contract = new CustomDataContract(CustomFieldTarget.User, Fields);

            private bool? _boolean;
            private DateTimeOffset? _dateTime;
            private double? _number;
            private string? _string;

            public ValueProbe()
                : base(Contract)
            {
            }

            protected override void ReadField(int field, ref Utf8JsonReader reader)
            {
                switch (field)
                {
                    case 0: Read(ref reader, ref _boolean); break;
                    case 1: Read(ref reader, ref _dateTime); break;
                    case 2: Read(ref reader, ref _number); break;
                    case 3: Read(ref reader, ref _string); break;
                }
            }

            protected override void WriteFields(CustomDataFieldWriter writer)
            {
                writer.Write(0, _boolean);
                writer.Write(1, _dateTime);
                writer.Write(2, _number);
                writer.Write(3, _string);
            }
        }
    }
}
