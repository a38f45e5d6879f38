using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using FieldGen.Runtime.Tests.Rich;
using Xunit;
using Xunit.Abstractions;

namespace FieldGen.Runtime.Tests
{
    /// <summary>
    /// Seeded, reproducible mutation fuzzing of GetCustomData payloads: the reader returns a typed
    /// object or throws one of the two documented exceptions (CustomDataFormatException with a JSON
    /// path; GenAuthApiException for a failure envelope). Nothing else may escape, and whatever is read
    /// must write and read back.
    /// </summary>
    public class PayloadFuzzTests
    {
        private const int Seed = 20261123;
        private const int Iterations = 60_000;

        private static readonly string[] Seeds =
        {
            "{\"statusCode\":200,\"message\":\"操作成功\",\"apiCode\":20001,\"data\":{\"age\":18,\"school\":\"pku\"}}",
            "{\"statusCode\":200,\"requestId\":\"r\",\"data\":{\"age\":\"18\",\"Age\":1.5,\"school\":\"mit\",\"hired-at\":1647494581567,\"is.active\":\"true\",\"class\":\"A\",\"1st place\":\"x\",\"学校\":\"北大\",\"level\":\"2\",\"mood\":\"happy\",\"address\":{\"city\":\"Wuhan\",\"lines\":[\"a\",\"b\"]},\"location\":[1,2],\"unknown\":null}}",
            "{\"age\":18,\"hired-at\":\"2022-03-17T05:23:01.567Z\",\"user_id\":\"u\",\"userId\":\"v\",\"\\u5b66\\u6821\":\"x\"}",
            "{\"statusCode\":200,\"data\":[{\"key\":\"age\",\"value\":\"30\"},{\"key\":\"school\",\"value\":\"hust\"}]}",
            "{\"statusCode\":404,\"message\":\"not found\",\"apiCode\":1,\"requestId\":\"x\",\"data\":null}",
        };

        private static readonly byte[] Alphabet = Encoding.UTF8.GetBytes("{}[]\":,\\0123456789.eE-+tfnul ab\u5b66\u00e9\t\n").Concat(new byte[] { 0xFF, 0xC3, 0x80, 0x00 }).ToArray();

        private static readonly string[] Values =
        {
            "null", "true", "false", "0", "-0", "1e400", "1e-400", "123456789012345678901234567890", "\"\"", "\"18\"", "\"abc\"",
            "\"2022-13-45\"", "\"\\ud800\"", "{}", "[]", "[{\"key\":1}]", "{\"a\":{\"b\":{\"c\":[]}}}", "\"\\u0000\"", "99999999999999999999",
            "\"1647494581567\"", "-62135596800001", "\"TRUE\"", "2", "0.5",
        };

        private readonly ITestOutputHelper _output;

        public PayloadFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Mutated_payloads_yield_a_typed_object_or_a_documented_exception()
        {
            var random = new Random(Seed);
            var outcomes = new Dictionary<string, int>();
            var stopwatch = Stopwatch.StartNew();
            for (int i = 0; i < Iterations; i++)
            {
                byte[] input = Mutate(Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]), random);
                string outcome = ReadOnce(input, i);
                outcomes[outcome] = outcomes.TryGetValue(outcome, out int count) ? count + 1 : 1;
            }

            _output.WriteLine($"{Iterations} payloads in {stopwatch.ElapsedMilliseconds} ms: " + string.Join(", ", outcomes.Select(o => $"{o.Key}={o.Value}")));
            Assert.True(outcomes.GetValueOrDefault("read") > Iterations / 20, "too few mutations were readable for the fuzz to mean much");
            Assert.True(outcomes.GetValueOrDefault("format") > Iterations / 20, "too few mutations were rejected for the fuzz to mean much");
        }

        private static string ReadOnce(byte[] input, int iteration)
        {
            try
            {
                UserCustomData user = UserCustomData.FromUtf8Json(input);
                string written = user.ToJson();
                UserCustomData again = UserCustomData.FromJson(written);
                Assert.Equal(written, again.ToJson());
                _ = user.ToSetCustomDataRequest("u", valuesAsStrings: iteration % 2 == 0).ToJson();
                return "read";
            }
            catch (CustomDataFormatException ex)
            {
                Assert.False(string.IsNullOrEmpty(ex.Path), $"iteration {iteration}: no JSON path for {Describe(input)}: {ex.Message}");
                return "format";
            }
            catch (GenAuthApiException)
            {
                return "api";
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"iteration {iteration} (seed {Seed}): {ex.GetType().Name} escaped for {Describe(input)}: {ex}");
            }
        }

        private static byte[] Mutate(byte[] seed, Random random)
        {
            var bytes = new List<byte>(seed);
            int operations = 1 + random.Next(4);
            for (int op = 0; op < operations; op++)
            {
                int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                switch (random.Next(6))
                {
                    case 0 when bytes.Count > 0:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                        break;
                    case 1:
                        bytes.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    case 2 when bytes.Count > 0:
                        bytes[at] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                    case 3:
                        bytes.InsertRange(at, bytes.Skip(at).Take(1 + random.Next(16)).ToList());
                        break;
                    default:
                        ReplaceAValue(bytes, random);
                        break;
                }
            }

            return bytes.ToArray();
        }

        // Swaps the value after a random ':' for another JSON value: keeps the payload mostly valid,
        // so the typed readers (not only the tokenizer) see hostile values.
        private static void ReplaceAValue(List<byte> bytes, Random random)
        {
            List<int> colons = Enumerable.Range(0, bytes.Count).Where(i => bytes[i] == ':').ToList();
            if (colons.Count == 0)
            {
                return;
            }

            int start = colons[random.Next(colons.Count)] + 1;
            int end = start;
            int depth = 0;
            bool inString = false;
            for (; end < bytes.Count; end++)
            {
                byte b = bytes[end];
                if (inString)
                {
                    if (b == '\\')
                    {
                        end++;
                    }
                    else if (b == '"')
                    {
                        inString = false;
                    }

                    continue;
                }

                if (b == '"')
                {
                    inString = true;
                }
                else if (b == '{' || b == '[')
                {
                    depth++;
                }
                else if (b == '}' || b == ']')
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    depth--;
                }
                else if (b == ',' && depth == 0)
                {
                    break;
                }
            }

            bytes.RemoveRange(start, Math.Min(end, bytes.Count) - start);
            bytes.InsertRange(start, Encoding.UTF8.GetBytes(Values[random.Next(Values.Length)]));
        }

        private static string Describe(byte[] input) => "base64:" + Convert.ToBase64String(input);
    }
}
