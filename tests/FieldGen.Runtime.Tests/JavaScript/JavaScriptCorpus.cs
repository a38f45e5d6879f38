using System;
using System.Collections.Generic;
using System.Linq;

namespace FieldGen.Tests.JavaScript
{
    /// <summary>
    /// Values designed to break a JSON writer that is not JavaScript's: every escape class, non-ASCII
    /// of every UTF-8 length, lone and reversed surrogates, HTML-sensitive characters, line and
    /// paragraph separators, numbers at every boundary of JavaScript's number-to-string rule.
    /// </summary>
    internal static class JavaScriptCorpus
    {
        public static IReadOnlyList<string> Strings()
        {
            var strings = new List<string>();
            for (int c = 0; c < 0x20; c++)
            {
                strings.Add("a" + (char)c + "b");
            }

            // Every printable ASCII character and DEL: the writer's shortcut takes some of them as they are.
            for (int c = 0x20; c <= 0x7f; c++)
            {
                strings.Add("x" + (char)c + "y");
            }

            strings.AddRange(new[]
            {
                string.Empty, " ", "\"", "\\", "/", "\\/", "\"\\\"", "\u007f", "\u0080", "\u0085", "\u00a0", "\u00ad", "é", "ü",
                "<a&b>", "'x'", "+1", "<script>alert('x')</script>", "a+b=c&d", "`~!@#$%^&*()_-=[]{}|;:,.?",
                "北大 <a&b> 'x' +1", "北京大学", "部门", "日本語テキスト", "한국어", "Ελληνικά", "עברית", "العربية", "हिन्दी",
                "\u2028", "\u2029", "line\u2028separator", "para\u2029graph", "\ufeff", "\ufeffbom", "\ufffe", "\uffff", "\ufffd",
                "\u200b", "\u200d", "\u202e", "\u00e9\u0301",
                "😀", "🎓", "👨‍👩‍👧", "🇨🇳", "𝄞", "\U0010ffff", "a😀b", "😀😀",
                "\ud800", "\udbff", "\udc00", "\udfff", "a\ud800b", "a\udc00b", "\udc00\ud800", "\ud800\ud800", "x\ud83d",
                "\ude00y", "😀\ud800", "\ud800😀",
                "tab\there", "new\nline", "cr\rlf\n", "\b\f\n\r\t", "\u0000", "\u001f", "\u0000\u0001\u001e",
                "mixed \"quotes\" and \\backslashes\\ and 北京 and 😀 and \u2028",
                new string('x', 300), string.Concat(Enumerable.Repeat("北", 200)), string.Concat(Enumerable.Repeat("😀\"", 60)),
                "18", "18.50", "1e+21", "-0", "true", "null", "{}", "[]", "{\"a\":1}",
            });
            return strings;
        }

        public static IReadOnlyList<double> Numbers()
        {
            var numbers = new List<double>
            {
                0, -0.0, 1, -1, 18.5, 18.50, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e20, 1e21, 1e22, 123456789012345680000d,
                1e-6, 1e-7, 1.5e-7, 0.000001, 0.0000001, 123e-20, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
                2.225073858507201e-308, double.MaxValue, double.MinValue, double.Epsilon, 1.7976931348623157e308,
                9007199254740991, 9007199254740992, 9007199254740993, 9007199254740994, -9007199254740993,
                1e30, 1e308, 1e15, 1e16, 1e17, 123456789.123, 0.5, 1.5, 2.5, -2.5e2, 4.35, 0.3, 1.2e-5, 99.99,
                12345678901234567890d, 1234567890123456789012d, 1e100, 1.7e-100, 3.14159265358979, Math.PI, Math.E,
                4294967295, 4294967296, 2147483647, -2147483648, 1e21 - 65536, 999999999999999999999d, 0.000001234,
                0.00001234, 1234.5678e10, 25, 2e-7, 1e-5,
                // The edges of the writer's plain-number shortcut (1e-4 <= |value| < 1e15).
                1e-4, -1e-4, 0.00012345, 9.999999999999999e-5, 1.0000000000000002e-4, 999999999999999.9, -999999999999999.9,
                1e15 - 0.125, 1e15 + 0.5, 1e15 + 2, 123456789012345.67, 0.1 + 0.7, 5e-5,
            };
            var random = new Random(20240501);
            for (int i = 0; i < 60; i++)
            {
                long bits = random.NextInt64();
                double value = BitConverter.Int64BitsToDouble(bits);
                if (!double.IsNaN(value) && !double.IsInfinity(value))
                {
                    numbers.Add(value);
                }

                numbers.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 25)), random.Next(0, 6)));
            }

            return numbers;
        }

        /// <summary>Raw JSON values as a server (or a user) might hand them over: each is re-stringified.</summary>
        public static IReadOnlyList<string> RawValues() => new[]
        {
            "18.50", "1E2", "1e+21", "1E-7", "-0", "-0.0", "0.0", "9007199254740993", "1.0", "100e-2", "123456789012345678901234567890",
            "5e-324", "1e-400", "\"\\u00e9\"", "\"\\/\"", "\"\\uD83D\\uDE00\"", "\"\\ud800\"", "\"\\uDC00\\uD800\"", "\"\\u2028\"",
            "\"\\u001F\\u007F\"", "\"\\b\\f\\n\\r\\t\"", "\"\\u0041\"", "\"\\u003Ca\\u0026b\\u003E\"", "\"北大\"",
            "{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":2,\"a\":3}", "{\"b\":1,\"2\":2,\"1\":3,\"01\":4,\"-1\":5}",
            "{\"4294967294\":1,\"4294967295\":2,\"0\":3}", "{\"__proto__\":1}", "{\"\\u0061\":1,\"a\":2}",
            "[1, 2 ,\n 3]", "{ \"nested\" : [ { \"x\" : null } , true , false ] }", "[]", "{}", "[[[]]]", "[1e21,1e-7,-0,18.50]",
            "{\"键\":\"值\",\"😀\":[\"\\ud800\"]}", "true", "false", "null", "\"\"",
        };
    }
}
