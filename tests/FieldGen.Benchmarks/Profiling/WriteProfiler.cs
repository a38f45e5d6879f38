using System;
using System.Buffers;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using FieldGen.Benchmarks.Dtos;
using FieldGen.Benchmarks.Generated;
using FieldGen.Benchmarks.Runtime;

namespace FieldGen.Benchmarks.Profiling
{
    /// <summary>
    /// <c>--profile-write SIZE [SECONDS] [strings|hand]</c>: writes the setCustomData body of the SIZE-field
    /// fixture (every field changed) in a loop, with FieldGen (valuesAsStrings with <c>strings</c>) or the
    /// hand-written writer (<c>hand</c>), and prints ns per body every second, for runs under
    /// <c>perf record</c> (with <c>DOTNET_PerfMapEnabled=1</c>) or another external profiler.
    /// </summary>
    internal static class WriteProfiler
    {
        public static int Run(int size, int seconds, bool valuesAsStrings, bool handWritten)
        {
            if (handWritten)
            {
                return RunHandWritten(size, seconds);
            }

            CustomData data = CustomDataFactory.ReadAllChanged(size);
            SetCustomDataRequest request = data switch
            {
                User10CustomData d => d.ToSetCustomDataRequest(CustomDataFactory.TargetIdentifier, valuesAsStrings: valuesAsStrings),
                User100CustomData d => d.ToSetCustomDataRequest(CustomDataFactory.TargetIdentifier, valuesAsStrings: valuesAsStrings),
                _ => ((User1000CustomData)data).ToSetCustomDataRequest(CustomDataFactory.TargetIdentifier, valuesAsStrings: valuesAsStrings),
            };
            var buffer = new ArrayBufferWriter<byte>(1 << 17);
            var writer = new Utf8JsonWriter(buffer);
            for (int second = 0; second < seconds; second++)
            {
                long calls = 0;
                var watch = Stopwatch.StartNew();
                while (watch.ElapsedMilliseconds < 1000)
                {
                    buffer.ResetWrittenCount();
                    writer.Reset(buffer);
                    request.WriteTo(writer);
                    writer.Flush();
                    calls++;
                }

                Console.WriteLine($"{size} fields: {watch.Elapsed.TotalMilliseconds * 1e6 / calls:N0} ns per WriteTo ({buffer.WrittenCount:N0} bytes)");
            }

            return 0;
        }

        private static int RunHandWritten(int size, int seconds)
        {
            object data = CustomDataFactory.HandWritten(size);
            var buffer = new ArrayBufferWriter<byte>(1 << 17);
            var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            for (int second = 0; second < seconds; second++)
            {
                long calls = 0;
                var watch = Stopwatch.StartNew();
                while (watch.ElapsedMilliseconds < 1000)
                {
                    buffer.ResetWrittenCount();
                    writer.Reset(buffer);
                    switch (data)
                    {
                        case User10HandWritten d: d.WriteSetCustomData(writer, CustomDataFactory.TargetIdentifier); break;
                        case User100HandWritten d: d.WriteSetCustomData(writer, CustomDataFactory.TargetIdentifier); break;
                        default: ((User1000HandWritten)data).WriteSetCustomData(writer, CustomDataFactory.TargetIdentifier); break;
                    }

                    writer.Flush();
                    calls++;
                }

                Console.WriteLine($"{size} fields: {watch.Elapsed.TotalMilliseconds * 1e6 / calls:N0} ns per hand-written WriteSetCustomData ({buffer.WrittenCount:N0} bytes)");
            }

            return 0;
        }
    }
}
