using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FieldGen.Benchmarks.Fixtures
{
    /// <summary>
    /// The checked-in inputs of the runtime benchmarks: schema files (read by the generator at build
    /// time), getCustomData payloads (embedded), the equivalent hand-written classes and the
    /// hand-written readers and writers (the typed limit). All come from
    /// <see cref="CustomFieldFixture"/>; <c>--write-fixtures</c> rewrites them, <c>--check</c> proves they are current.
    /// </summary>
    internal static class FixtureFiles
    {
        public static readonly int[] RuntimeSizes = { 10, 100, 1000 };

        public const string DtoNamespace = "FieldGen.Benchmarks.Dtos";
        public const string SharedEnum = "TierOption";

        public static IEnumerable<(string RelativePath, byte[] Content)> Expected()
        {
            foreach (int size in RuntimeSizes)
            {
                IReadOnlyList<FixtureField> fields = CustomFieldFixture.Fields(size);
                yield return ($"Schemas/user-fields-{size}.json", Encoding.UTF8.GetBytes(CustomFieldFixture.SchemaJson(size)));
                yield return ($"Payloads/get-custom-data-{size}.json", CustomFieldFixture.GetCustomDataPayload(size));
                yield return ($"Dtos/User{size}Dto.g.cs", Encoding.UTF8.GetBytes(DtoSourceWriter.Write(fields, DtoNamespace, $"User{size}Dto", SharedEnum)));
                yield return ($"Dtos/User{size}HandWritten.g.cs", Encoding.UTF8.GetBytes(HandWrittenSourceWriter.Write(fields, DtoNamespace, $"User{size}HandWritten")));
            }
        }

        public static void Write(string projectDirectory)
        {
            foreach ((string path, byte[] content) in Expected())
            {
                string full = Path.Combine(projectDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, content);
                Console.WriteLine($"wrote {path} ({content.Length:N0} bytes)");
            }
        }

        /// <summary>Names of checked-in files that differ from what the fixture generates now.</summary>
        public static IReadOnlyList<string> Stale(string projectDirectory) => Expected()
            .Where(e => !File.Exists(Path.Combine(projectDirectory, e.RelativePath)) || !File.ReadAllBytes(Path.Combine(projectDirectory, e.RelativePath)).AsSpan().SequenceEqual(e.Content))
            .Select(e => e.RelativePath)
            .ToList();

        /// <summary>A payload as embedded in this assembly (identical to the checked-in file).</summary>
        public static byte[] Payload(int size)
        {
            using Stream stream = typeof(FixtureFiles).Assembly.GetManifestResourceStream($"Payloads.get-custom-data-{size}.json")
                ?? throw new InvalidOperationException($"No embedded payload for {size} fields; run --write-fixtures.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        /// <summary>The benchmark project's folder, found from the working directory (for --write-fixtures and --check).</summary>
        public static string ProjectDirectory()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "tests", "FieldGen.Benchmarks");
                if (File.Exists(Path.Combine(candidate, "FieldGen.Benchmarks.csproj")))
                {
                    return candidate;
                }

                if (File.Exists(Path.Combine(dir.FullName, "FieldGen.Benchmarks.csproj")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Run from the repository (tests/FieldGen.Benchmarks not found above " + Environment.CurrentDirectory + ").");
        }
    }
}
