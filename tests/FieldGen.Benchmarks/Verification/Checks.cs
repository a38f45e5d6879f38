using System;
using System.Collections.Generic;
using FieldGen.Benchmarks.Fixtures;

namespace FieldGen.Benchmarks.Verification
{
    /// <summary>
    /// <c>--check</c>: what must hold for the benchmark numbers to mean anything. The fixtures are
    /// current, every contender reads and writes the same values, the reader's allocations are
    /// accounted for byte by byte, both generators produce code that compiles, and an unrelated edit
    /// leaves every FieldGen step cached. Prints a report and exits non-zero on any failure.
    /// </summary>
    internal static class Checks
    {
        private static readonly List<string> Failures = new List<string>();

        public static int Run()
        {
            Section("Fixtures");
            CheckFixtures();
            Section("Reading: every contender gets the fixture's values");
            ReadChecks.Run();
            Section("Writing: FieldGen and System.Text.Json write the same items");
            WriteChecks.Run();
            Section("Allocations of FieldGen FromUtf8Json");
            AllocationChecks.Run();
            Section("Generators: output compiles, unrelated edits stay cached");
            GeneratorChecks.Run();

            Console.WriteLine();
            if (Failures.Count == 0)
            {
                Console.WriteLine("All checks passed.");
                return 0;
            }

            Console.WriteLine($"{Failures.Count} check(s) failed:");
            foreach (string failure in Failures)
            {
                Console.WriteLine("  - " + failure);
            }

            return 1;
        }

        public static void Expect(bool condition, string what)
        {
            Console.WriteLine((condition ? "  ok    " : "  FAIL  ") + what);
            if (!condition)
            {
                Failures.Add(what);
            }
        }

        public static void Info(string text) => Console.WriteLine("        " + text);

        private static void Section(string title)
        {
            Console.WriteLine();
            Console.WriteLine("## " + title);
        }

        private static void CheckFixtures()
        {
            string directory;
            try
            {
                directory = FixtureFiles.ProjectDirectory();
            }
            catch (InvalidOperationException)
            {
                Info("not run from the repository: checked-in fixtures not compared");
                return;
            }

            IReadOnlyList<string> stale = FixtureFiles.Stale(directory);
            Expect(stale.Count == 0, stale.Count == 0
                ? "Schemas/, Payloads/ and Dtos/ match what the fixture generates"
                : "stale fixtures (run --write-fixtures): " + string.Join(", ", stale));
        }
    }
}
