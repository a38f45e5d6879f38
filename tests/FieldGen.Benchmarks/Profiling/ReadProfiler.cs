using System;
using System.Diagnostics;
using FieldGen.Benchmarks.Dtos;
using FieldGen.Benchmarks.Fixtures;
using FieldGen.Benchmarks.Generated;

namespace FieldGen.Benchmarks.Profiling
{
    /// <summary>
    /// <c>--profile-read SIZE [SECONDS] [hand]</c>: calls FromUtf8Json (or, with <c>hand</c>, the hand-written reader) in a loop and prints ns per call every
    /// second, for runs under an external tool (e.g. <c>DOTNET_JitStdOutFile</c> with
    /// <c>DOTNET_JitDisasmSummary=1</c> to see which generated methods the JIT leaves unoptimized).
    /// </summary>
    internal static class ReadProfiler
    {
        public static int Run(int size, int seconds, bool handWritten)
        {
            byte[] payload = FixtureFiles.Payload(size);
            Func<object> read = (size, handWritten) switch
            {
                (10, false) => () => User10CustomData.FromUtf8Json(payload),
                (100, false) => () => User100CustomData.FromUtf8Json(payload),
                (_, false) => () => User1000CustomData.FromUtf8Json(payload),
                (10, true) => () => User10HandWritten.Read(payload),
                (100, true) => () => User100HandWritten.Read(payload),
                (_, true) => () => User1000HandWritten.Read(payload),
            };
            for (int second = 0; second < seconds; second++)
            {
                long calls = 0;
                var watch = Stopwatch.StartNew();
                while (watch.ElapsedMilliseconds < 1000)
                {
                    GC.KeepAlive(read());
                    calls++;
                }

                Console.WriteLine($"{size} fields: {watch.Elapsed.TotalMilliseconds * 1e6 / calls:N0} ns per {(handWritten ? "hand-written Read" : "FromUtf8Json")}");
            }

            return 0;
        }
    }
}
