using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace FieldGen.Serialization
{
    /// <summary>
    /// Rewrites JSON text (already validated) as <c>JSON.stringify(JSON.parse(text))</c> does: the
    /// emitter for values FieldGen keeps as raw JSON (OBJECT fields, unknown keys).
    /// </summary>
    internal static class JavaScriptValueRewriter
    {
        private static readonly byte[] TrueText = Encoding.ASCII.GetBytes("true");
        private static readonly byte[] FalseText = Encoding.ASCII.GetBytes("false");
        private static readonly byte[] NullText = Encoding.ASCII.GetBytes("null");

        public static byte[] Rewrite(byte[] utf8Json)
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 1000 });
            reader.Read();
            var output = new Output(utf8Json.Length + 16);
            WriteValue(ref reader, output);
            return output.ToArray();
        }

        private static void WriteValue(ref Utf8JsonReader reader, Output output)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    output.AppendString(JavaScriptJson.DecodeString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan));
                    break;
                case JsonTokenType.Number:
                    if (!reader.TryGetDouble(out double number) || double.IsInfinity(number))
                    {
                        throw new CustomDataFormatException("A number beyond the range of a double cannot be sent: a JavaScript server would hold Infinity and store null.");
                    }

                    output.AppendNumber(number);
                    break;
                case JsonTokenType.True:
                    output.Append(TrueText);
                    break;
                case JsonTokenType.False:
                    output.Append(FalseText);
                    break;
                case JsonTokenType.StartArray:
                    output.Append((byte)'[');
                    bool first = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (!first)
                        {
                            output.Append((byte)',');
                        }

                        first = false;
                        WriteValue(ref reader, output);
                    }

                    output.Append((byte)']');
                    break;
                case JsonTokenType.StartObject:
                    WriteObject(ref reader, output);
                    break;
                default:
                    output.Append(NullText);
                    break;
            }
        }

        private static void WriteObject(ref Utf8JsonReader reader, Output output)
        {
            // A JavaScript object: a repeated key keeps its first position and takes the last value;
            // array-index keys are enumerated first, in ascending numeric order.
            var members = new List<KeyValuePair<string, byte[]>>();
            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string key = JavaScriptJson.DecodeString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
                reader.Read();
                var value = new Output(16);
                WriteValue(ref reader, value);
                var member = new KeyValuePair<string, byte[]>(key, value.ToArray());
                if (positions.TryGetValue(key, out int position))
                {
                    members[position] = member;
                }
                else
                {
                    positions[key] = members.Count;
                    members.Add(member);
                }
            }

            var indexKeys = new List<KeyValuePair<uint, int>>();
            for (int i = 0; i < members.Count; i++)
            {
                if (TryArrayIndex(members[i].Key, out uint index))
                {
                    indexKeys.Add(new KeyValuePair<uint, int>(index, i));
                }
            }

            indexKeys.Sort((a, b) => a.Key.CompareTo(b.Key));
            output.Append((byte)'{');
            bool first = true;
            foreach (KeyValuePair<uint, int> indexKey in indexKeys)
            {
                WriteMember(output, members[indexKey.Value], ref first);
            }

            foreach (KeyValuePair<string, byte[]> member in members)
            {
                if (!TryArrayIndex(member.Key, out _))
                {
                    WriteMember(output, member, ref first);
                }
            }

            output.Append((byte)'}');
        }

        private static void WriteMember(Output output, KeyValuePair<string, byte[]> member, ref bool first)
        {
            if (!first)
            {
                output.Append((byte)',');
            }

            first = false;
            output.AppendString(member.Key);
            output.Append((byte)':');
            output.Append(member.Value);
        }

        // An array index in ECMAScript: the canonical decimal text of an integer from 0 to 2^32 - 2.
        private static bool TryArrayIndex(string key, out uint index)
        {
            index = 0;
            if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
            {
                return false;
            }

            ulong value = 0;
            foreach (char c in key)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (uint)(c - '0');
            }

            if (value > 4294967294UL)
            {
                return false;
            }

            index = (uint)value;
            return true;
        }

        private sealed class Output
        {
            private byte[] _bytes;
            private int _length;

            public Output(int capacity)
            {
                _bytes = new byte[capacity];
            }

            public void Append(byte b)
            {
                Ensure(1);
                _bytes[_length++] = b;
            }

            public void Append(byte[] bytes)
            {
                Ensure(bytes.Length);
                Buffer.BlockCopy(bytes, 0, _bytes, _length, bytes.Length);
                _length += bytes.Length;
            }

            public void AppendString(string value)
            {
                Ensure((value.Length * 6) + 2);
                _length += JavaScriptJson.EncodeString(value.AsSpan(), new Span<byte>(_bytes, _length, _bytes.Length - _length));
            }

            public void AppendNumber(double value)
            {
                Ensure(32);
                _length += JavaScriptJson.FormatNumber(value, new Span<byte>(_bytes, _length, _bytes.Length - _length));
            }

            public byte[] ToArray()
            {
                var result = new byte[_length];
                Buffer.BlockCopy(_bytes, 0, result, 0, _length);
                return result;
            }

            private void Ensure(int more)
            {
                if (_length + more > _bytes.Length)
                {
                    Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + more));
                }
            }
        }
    }
}
