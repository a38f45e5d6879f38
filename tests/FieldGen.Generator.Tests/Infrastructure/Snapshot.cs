using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace FieldGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Verify's conventions without Verify (not on this NuGet source): the expected text lives in
    /// <c>{Class}.{Method}.verified.cs</c> beside the test; on a mismatch the actual text is written to
    /// <c>.received.cs</c> and the test fails with a line diff. Set FIELDGEN_ACCEPT_SNAPSHOTS=1 to accept.
    /// Swapping in Verify later is one call: <c>Verifier.Verify(source)</c>.
    /// </summary>
    internal static class Snapshot
    {
        public const string AcceptVariable = "FIELDGEN_ACCEPT_SNAPSHOTS";

        public static void Verify(string actual, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
        {
            string directory = Path.GetDirectoryName(testFile)!;
            string stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? method}");
            string verifiedPath = stem + ".verified.cs";
            string receivedPath = stem + ".received.cs";
            string normalized = ScrubVersion(actual.Replace("\r\n", "\n"));

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.WriteAllText(verifiedPath, normalized);
                File.Delete(receivedPath);
                return;
            }

            string? expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
            if (expected == normalized)
            {
                File.Delete(receivedPath);
                return;
            }

            File.WriteAllText(receivedPath, normalized);
            string message = expected is null
                ? $"No snapshot yet: review {receivedPath} and rename it to .verified.cs (or run with {AcceptVariable}=1)."
                : $"Generated source differs from {Path.GetFileName(verifiedPath)} (actual written to {Path.GetFileName(receivedPath)}; accept with {AcceptVariable}=1):\n{LineDiff(expected, normalized)}";
            throw new Xunit.Sdk.XunitException(message);
        }

        /// <summary>
        /// The generator's version changes with every commit (MinVer), so snapshots hold <c>{version}</c>
        /// instead, as Verify scrubs volatile values; GeneratedCodeVersionTests checks the real one.
        /// </summary>
        public static string ScrubVersion(string source) => System.Text.RegularExpressions.Regex.Replace(
            source, "GeneratedCode\\(\"FieldGen\", \"[^\"]*\"\\)", "GeneratedCode(\"FieldGen\", \"{version}\")");

        // A compact diff: the first differing lines with their numbers, enough to see what changed.
        private static string LineDiff(string expected, string actual)
        {
            string[] left = expected.Split('\n');
            string[] right = actual.Split('\n');
            var builder = new StringBuilder();
            int shown = 0;
            for (int i = 0; i < Math.Max(left.Length, right.Length) && shown < 20; i++)
            {
                string? l = i < left.Length ? left[i] : null;
                string? r = i < right.Length ? right[i] : null;
                if (l == r)
                {
                    continue;
                }

                if (l is not null)
                {
                    builder.AppendLine($"-{i + 1,5}: {l}");
                }

                if (r is not null)
                {
                    builder.AppendLine($"+{i + 1,5}: {r}");
                }

                shown++;
            }

            return builder.ToString();
        }
    }
}
