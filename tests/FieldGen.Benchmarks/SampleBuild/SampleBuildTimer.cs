using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FieldGen.Benchmarks.SampleBuild
{
    /// <summary>
    /// <c>--sample-build [runs]</c>: the wall time of an incremental <c>dotnet build --no-restore</c> of
    /// samples/FieldGen.Sample after touching Program.cs, with and without the generator. The sample is
    /// copied to a temporary folder (it is never edited) as three variants, built in turns so drift hits
    /// all alike, once with a fresh compiler process per build (what this machine and most CI do:
    /// UseSharedCompilation=false) and once through the compiler server (a developer's machine).
    /// </summary>
    internal static class SampleBuildTimer
    {
        private static readonly Regex GeneratorLine = new Regex(@"^\s*(<?[0-9.]+)\s+\S+\s+FieldGen\.CustomDataGenerator\s*$", RegexOptions.Multiline);
        private static readonly Regex AnalyzersLine = new Regex(@"^\s*(<?[0-9.]+)\s+\S+\s+FieldGen\.Analyzers, Version", RegexOptions.Multiline);

        public static int Run(int runs)
        {
            string root = Path.Combine(Path.GetTempPath(), "fieldgen-sample-build-" + Environment.ProcessId);
            string repo = Path.Combine(root, "repo");
            Directory.CreateDirectory(repo);

            // A snapshot of the committed tree: work in progress in the repository (others' or yours) neither
            // breaks nor skews the measurement, and nothing is built under the repository's own src/.
            string checkout = FindRepository();
            string commit = Shell($"git -C '{checkout}' rev-parse --short HEAD").Trim();
            Shell($"git -C '{checkout}' archive --format=tar HEAD src samples Directory.Build.props | tar -x -C '{repo}'");
            File.Copy(Path.Combine(repo, "Directory.Build.props"), Path.Combine(root, "Directory.Build.props"), overwrite: true);
            Console.WriteLine($"Measuring commit {commit} (git archive HEAD)");
            HashSet<int> serversBefore = CompilerServers();
            try
            {
                var variants = new List<Variant>
                {
                    Variant.Create(repo, root, "as-is", "the sample as it is (generator and analyzers as ProjectReference OutputItemType=Analyzer)", VariantKind.AsIs),
                    Variant.Create(repo, root, "package", "as the package adds them (generator and analyzers as Analyzer items)", VariantKind.AnalyzerItems),
                    Variant.Create(repo, root, "generator-only", "the generator alone as an Analyzer item (no FieldGen analyzers)", VariantKind.GeneratorOnly),
                    Variant.Create(repo, root, "none", "no FieldGen at build time: the generated UserCustomData.g.cs checked in as source", VariantKind.None),
                };

                Console.WriteLine($"Preparing {variants.Count} copies of samples/FieldGen.Sample under {root} ...");
                foreach (Variant variant in variants)
                {
                    variant.Prepare(variants[0]);
                }

                var report = new List<string>();
                foreach (bool server in new[] { false, true })
                {
                    string mode = server ? "compiler server (UseSharedCompilation=true)" : "fresh csc per build (UseSharedCompilation=false)";
                    Console.WriteLine();
                    Console.WriteLine($"## {mode}, {runs} runs each, medians");
                    var times = variants.ToDictionary(v => v, _ => new List<double>());
                    foreach (Variant variant in variants)
                    {
                        variant.TimedBuild(server); // settle: the first build after a switch of mode recompiles
                    }

                    for (int run = 0; run < runs; run++)
                    {
                        foreach (Variant variant in variants)
                        {
                            times[variant].Add(variant.TimedBuild(server));
                        }
                    }

                    double baseline = Median(times[variants[^1]]);
                    report.Add($"### {mode}");
                    report.Add(string.Empty);
                    report.Add("| variant | median | min | max | extra vs no generator | FieldGen generator / analyzers time inside csc |");
                    report.Add("|---|---:|---:|---:|---:|---:|");
                    foreach (Variant variant in variants)
                    {
                        List<double> t = times[variant];
                        string inside = variant.Kind == VariantKind.None ? "-" : variant.GeneratorTime(server);
                        report.Add($"| {variant.Description} | {Median(t):F2} s | {t.Min():F2} s | {t.Max():F2} s | {(Median(t) - baseline) * 1000:+0;-0} ms | {inside} |");
                    }

                    report.Add(string.Empty);
                    foreach (string line in report.Skip(report.Count - variants.Count - 3))
                    {
                        Console.WriteLine(line);
                    }
                }

                Console.WriteLine();
                Console.WriteLine($"# Summary (markdown), commit {commit}");
                Console.WriteLine();
                report.ForEach(Console.WriteLine);
                return 0;
            }
            finally
            {
                Directory.Delete(root, recursive: true);

                // Only the compiler servers this run started, by id; anyone else's are left alone.
                foreach (int id in CompilerServers().Except(serversBefore))
                {
                    try
                    {
                        Process.GetProcessById(id).Kill();
                    }
                    catch (ArgumentException)
                    {
                    }
                }
            }
        }

        private static string Shell(string command)
        {
            var start = new ProcessStartInfo("bash", new[] { "-c", "set -o pipefail; " + command })
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : throw new InvalidOperationException("failed: " + command);
        }

        private static HashSet<int> CompilerServers()
        {
            var ids = new HashSet<int>();
            foreach (string dir in System.IO.Directory.GetDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), out int id))
                {
                    try
                    {
                        if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("VBCSCompiler", StringComparison.Ordinal))
                        {
                            ids.Add(id);
                        }
                    }
                    catch (IOException)
                    {
                    }
                    catch (UnauthorizedAccessException)
                    {
                    }
                }
            }

            return ids;
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private static string FindRepository()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FieldGen.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Run from inside the FieldGen repository.");
        }

        private enum VariantKind
        {
            AsIs,
            AnalyzerItems,
            GeneratorOnly,
            None,
        }

        private sealed class Variant
        {
            private const string GeneratedFile = "generated/FieldGen.Generator/FieldGen.CustomDataGenerator/FieldGen.Sample.UserCustomData.g.cs";

            private readonly string _repo;

            private Variant(string repo, string directory, string description, VariantKind kind)
            {
                _repo = repo;
                Directory = directory;
                Description = description;
                Kind = kind;
            }

            public string Directory { get; }

            public string Description { get; }

            public VariantKind Kind { get; }

            public string IntermediateDirectory => Path.Combine(Directory, "obj", "Debug", "net10.0");

            public static Variant Create(string repo, string root, string name, string description, VariantKind kind) =>
                new Variant(repo, Path.Combine(root, name), description, kind);

            /// <summary>Copies the sample, rewrites its relative paths, and builds it once; the no-generator copy takes the generated file from the first copy.</summary>
            public void Prepare(Variant withGenerator)
            {
                string sample = Path.Combine(_repo, "samples", "FieldGen.Sample");
                System.IO.Directory.CreateDirectory(Directory);
                foreach (string file in new[] { "Program.cs", "custom-fields.json", "get-custom-data.json" })
                {
                    File.Copy(Path.Combine(sample, file), Path.Combine(Directory, file), overwrite: true);
                }

                string src = Path.Combine(_repo, "src").Replace('\\', '/') + "/";
                string project = File.ReadAllText(Path.Combine(sample, "FieldGen.Sample.csproj")).Replace("..\\..\\src\\", src).Replace("../../src/", src);
                string generatorReference = Regex.Match(project, @"\s*<ProjectReference [^>]*FieldGen\.Generator\.csproj[^>]*/>").Value;
                string analyzersReference = Regex.Match(project, @"\s*<ProjectReference [^>]*FieldGen\.Analyzers\.csproj[^>]*/>").Value;
                if (generatorReference.Length == 0)
                {
                    throw new InvalidOperationException("The sample no longer references the generator project the way this tool expects.");
                }

                // Lets one diagnostic build report analyzer and generator times without rebuilding the referenced projects.
                project = project.Replace("</PropertyGroup>", "  <ReportAnalyzer Condition=\"'$(FieldGenReportAnalyzer)' == 'true'\">true</ReportAnalyzer>\n  </PropertyGroup>");
                // The analyzer assemblies the first copy built, referenced the way the package's analyzers/ folder is.
                string generatorDll = Path.Combine(src, "FieldGen.Generator", "bin", "Debug", "netstandard2.0", "FieldGen.Generator.dll");
                string analyzersDll = Path.Combine(src, "FieldGen.Analyzers", "bin", "Debug", "netstandard2.0", "FieldGen.Analyzers.dll");
                switch (Kind)
                {
                    case VariantKind.AnalyzerItems:
                        project = project.Replace(generatorReference, $"\n    <Analyzer Include=\"{generatorDll}\" />");
                        project = analyzersReference.Length == 0 ? project : project.Replace(analyzersReference, $"\n    <Analyzer Include=\"{analyzersDll}\" />");
                        break;
                    case VariantKind.GeneratorOnly:
                        project = project.Replace(generatorReference, $"\n    <Analyzer Include=\"{generatorDll}\" />");
                        project = analyzersReference.Length == 0 ? project : project.Replace(analyzersReference, string.Empty);
                        break;
                    case VariantKind.None:
                        project = project.Replace(generatorReference, string.Empty);
                        project = analyzersReference.Length == 0 ? project : project.Replace(analyzersReference, string.Empty);
                        project = Regex.Replace(project, @"\s*<FieldGenSchema [^>]*/>", string.Empty);
                        File.Copy(Path.Combine(withGenerator.IntermediateDirectory, GeneratedFile), Path.Combine(Directory, "UserCustomData.g.cs"), overwrite: true);
                        break;
                }

                File.WriteAllText(Path.Combine(Directory, "FieldGen.Sample.csproj"), project);
                Dotnet("restore", server: false);
                Dotnet("build --no-restore", server: false);
            }

            /// <summary>Touches Program.cs and times the incremental build, in seconds.</summary>
            public double TimedBuild(bool server)
            {
                File.SetLastWriteTimeUtc(Path.Combine(Directory, "Program.cs"), DateTime.UtcNow);
                var watch = Stopwatch.StartNew();
                Dotnet("build --no-restore", server);
                return watch.Elapsed.TotalSeconds;
            }

            /// <summary>FieldGen's own time as the compiler reports it (/reportanalyzer) in one more incremental build.</summary>
            public string GeneratorTime(bool server)
            {
                File.SetLastWriteTimeUtc(Path.Combine(Directory, "Program.cs"), DateTime.UtcNow);
                string output = Dotnet("build --no-restore -v:d -p:FieldGenReportAnalyzer=true", server);
                Match generator = GeneratorLine.Match(output);
                Match analyzers = AnalyzersLine.Match(output);
                return (generator.Success ? generator.Groups[1].Value + " s" : "-") + " / " + (analyzers.Success ? analyzers.Groups[1].Value + " s" : "-");
            }

            private string Dotnet(string arguments, bool server)
            {
                var start = new ProcessStartInfo("dotnet", arguments + " -nologo")
                {
                    WorkingDirectory = Directory,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                start.Environment["UseSharedCompilation"] = server ? "true" : "false";
                using Process process = Process.Start(start)!;
                System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
                string output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet {arguments} failed in {Directory}:\n{output}\n{error.Result}");
                }

                return output;
            }
        }
    }
}
