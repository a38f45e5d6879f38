using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FieldGen.Benchmarks.Generator
{
    /// <summary>
    /// The schema sizes issue 11 measured as quadratic: one ENUM field with many distinct options, and many
    /// keys or options that all mangle to the same C# name (so every one after the first needs a
    /// <c>_2, _3...</c> suffix). Colliding names are "x" followed by a base-8 number spelled in characters
    /// an identifier cannot hold, so they stay short and distinct on the wire but all become <c>X</c>.
    /// </summary>
    internal static class ScaleSchemas
    {
        public const string DistinctOptions = "distinct-options";
        public const string CollidingOptions = "colliding-options";
        public const string CollidingKeys = "colliding-keys";

        private const string NonIdentifierDigits = "-+!#$%&*";

        public static string Json(string shape, int size)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartArray();
                if (shape == CollidingKeys)
                {
                    for (int i = 0; i < size; i++)
                    {
                        w.WriteStartObject();
                        w.WriteString("targetType", "USER");
                        w.WriteString("dataType", "STRING");
                        w.WriteString("key", CollidingName(i));
                        w.WriteEndObject();
                    }
                }
                else
                {
                    w.WriteStartObject();
                    w.WriteString("targetType", "USER");
                    w.WriteString("dataType", "ENUM");
                    w.WriteString("key", "tier");
                    w.WriteStartArray("options");
                    for (int i = 0; i < size; i++)
                    {
                        string value = shape == CollidingOptions ? CollidingName(i) : "option_" + i.ToString(CultureInfo.InvariantCulture);
                        w.WriteStartObject();
                        w.WriteString("value", value);
                        w.WriteString("label", "Option " + i.ToString(CultureInfo.InvariantCulture));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static string CollidingName(int i)
        {
            var builder = new StringBuilder("x");
            do
            {
                builder.Append(NonIdentifierDigits[i % 8]);
                i /= 8;
            }
            while (i > 0);

            return builder.ToString();
        }
    }
}
