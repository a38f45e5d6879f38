using System;
using System.Diagnostics;
using FieldGen.Benchmarks.Fixtures;
using FieldGen.Benchmarks.Generated;

namespace FieldGen.Benchmarks.Profiling
{
    /// <summary>
    /// <c>--profile-read SIZE [SECONDS]</c>: calls FromUtf8Json in a loop and prints ns per call every
    /// second, for runs under an external tool (e.g. <c>DOTNET_JitStdOutFile</c> with
    /// <c>DOTNET_JitDisasmSummary=1</c> to see which generated methods the JIT leaves unoptimized).
    /// </summary>
    internal static class ReadProfiler
    {
        public static int Run(int size, int seconds)
        {
            byte[] payload = FixtureFiles.Payload(size);
            Func<object> read = size switch
            {
                10 => () => User10CustomData.FromUtf8Json(payload),
                100 => () => User100CustomData.FromUtf8Json(payload),
                _ => () => User1000CustomData.FromUtf8Json(payload),
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

                Console.WriteLine($"{size} fields: {watch.Elapsed.TotalMilliseconds * 1e6 / calls:N0} ns per FromUtf8Json");
            }

            return 0;
        }
    }
}
