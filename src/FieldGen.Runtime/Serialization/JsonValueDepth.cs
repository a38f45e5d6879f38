using System;
using System.Text.Json;

namespace FieldGen.Serialization
{
    /// <summary>
    /// The one nesting limit for custom field values, read or written. A setCustomData body holds a value
    /// inside three containers (the body, <c>list</c>, the item), and System.Text.Json's default limit is
    /// 64 (as in <see cref="CustomDataSerializer"/>'s reader, <c>JsonDocument</c> and <c>JsonSerializer</c>),
    /// so a value may nest 61 levels of arrays and objects: then every payload FieldGen reads can be sent,
    /// and every body it writes reads back with default options.
    /// </summary>
    internal static class JsonValueDepth
    {
        /// <summary>The most levels of arrays and objects a value may nest (a scalar nests 0, <c>[1]</c> 1).</summary>
        public const int MaxValueDepth = 61;

        /// <summary>The reader limit that lets every payload form (data object, envelope, setCustomData body) hold a value of <see cref="MaxValueDepth"/>.</summary>
        public const int MaxReaderDepth = MaxValueDepth + 3;

        /// <summary>True when <paramref name="value"/> nests deeper than <see cref="MaxValueDepth"/>.</summary>
        public static bool IsTooDeep(JsonElement value) =>
            value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Exceeds(value, MaxValueDepth);

        /// <summary>The message for a value nested too deep.</summary>
        public static string Describe() =>
            $"The value nests more than {MaxValueDepth} levels of arrays and objects, the most FieldGen reads or writes (a setCustomData body must stay within System.Text.Json's default depth of 64).";

        // Walks at most budget + 1 levels, so a value nested thousands deep cannot exhaust the stack.
        private static bool Exceeds(JsonElement value, int budget)
        {
            if (budget == 0)
            {
                return true;
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty member in value.EnumerateObject())
                {
                    if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Exceeds(member.Value, budget - 1))
                    {
                        return true;
                    }
                }
            }
            else
            {
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Exceeds(item, budget - 1))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Throws <see cref="InvalidOperationException"/> when <paramref name="value"/> is too deep to write.</summary>
        public static void ThrowIfTooDeepToWrite(JsonElement value)
        {
            if (IsTooDeep(value))
            {
                throw new InvalidOperationException(Describe());
            }
        }
    }
}
