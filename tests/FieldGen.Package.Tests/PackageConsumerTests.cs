using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>The packed FieldGen package, used by real projects through `dotnet build` from a local feed.</summary>
    [Collection(PackedPackageCollection.Name)]
    public partial class PackageConsumerTests
    {
        private readonly PackedPackage _package;

        public PackageConsumerTests(PackedPackage package) => _package = package;

        [Fact]
        public void The_package_holds_the_runtime_the_generator_and_the_build_files()
        {
            using ZipArchive zip = ZipFile.OpenRead(_package.NupkgPath);
            string[] entries = zip.Entries.Select(e => e.FullName).ToArray();

            foreach (string expected in new[]
            {
                "lib/netstandard2.0/FieldGen.Runtime.dll", "lib/net8.0/FieldGen.Runtime.dll", "lib/net8.0/FieldGen.Runtime.xml",
                "analyzers/dotnet/cs/FieldGen.Generator.dll", "analyzers/dotnet/cs/FieldGen.Analyzers.dll", "analyzers/dotnet/cs/FieldGen.CodeFixes.dll",
                "build/FieldGen.props", "build/FieldGen.targets", "buildTransitive/FieldGen.props", "buildTransitive/FieldGen.targets",
                "buildMultiTargeting/FieldGen.targets", "tasks/netstandard2.0/FieldGen.Build.Tasks.dll",
            })
            {
                Assert.Contains(expected, entries);
            }

            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open());
            string manifest = nuspec.ReadToEnd();
            Assert.Contains("System.Text.Json", manifest);
            Assert.DoesNotContain("Microsoft.CodeAnalysis", manifest);
        }

        [Fact]
        public void A_consumer_library_builds_for_net8_net10_and_netstandard2_with_warnings_as_errors()
        {
            string project = _package.Consumer("Library");

            (int exitCode, string output) = _package.Dotnet(project, "build -c Release");

            Assert.True(exitCode == 0, output);
            Assert.Contains(" 0 Warning(s)", output);
            foreach (string tfm in new[] { "net8.0", "net10.0", "netstandard2.0" })
            {
                string generated = Path.Combine(project, "obj", "Release", tfm, "generated", "FieldGen.Generator", "FieldGen.CustomDataGenerator", "Consumer.UserCustomData.g.cs");
                Assert.True(File.Exists(generated), "missing " + generated);
            }
        }

        [Fact]
        public void A_consumer_app_reads_changes_and_writes_through_the_package()
        {
            _package.Consumer("Library");
            string project = _package.Consumer("App");

            (int exitCode, string output) = _package.Dotnet(project, "run -c Release");

            Assert.True(exitCode == 0, output);
            Assert.Contains("True {\"targetType\":\"USER\",\"targetIdentifier\":\"user-1\",\"list\":[{\"key\":\"age\",\"value\":42},{\"key\":\"joined-at\",\"value\":\"2024-01-02T03:04:05Z\"},{\"key\":\"school\",\"value\":\"hust\"}]}", output);
            Assert.Contains("{\"targetType\":\"ROLE\",\"targetIdentifier\":\"admin\",\"namespace\":\"default\",\"list\":[{\"key\":\"budget\",\"value\":12.5}]} school", output);
        }

        [Fact]
        public void With_FieldGenEmitSources_a_JsonSerializerContext_reaches_the_class_and_without_it_FG1009_names_the_fix()
        {
            _package.Consumer("Library");
            string project = _package.Consumer("JsonContext");

            (int exitCode, string output) = _package.Dotnet(project, "run -c Release");

            Assert.True(exitCode == 0, output);
            Assert.Contains("{\"id\":\"user-1\",\"customData\":{\"age\":42,\"school\":\"hust\"}}", output);
            Assert.Contains("back: user-1 42 hust", output);
            Assert.Contains("none: user-2 True", output);
            Assert.True(File.Exists(Path.Combine(project, "obj", "Release", "net10.0", "fieldgen", "classes", "Consumer.UserCustomData.g.cs")));

            (int againExitCode, string again) = _package.Dotnet(project, "build -c Release --no-restore -v:d");

            Assert.True(againExitCode == 0, again);
            Assert.Contains("Skipping target \"_FieldGenEmitSourcesWrite\" because all output files are up-to-date", again);

            (int defaultExitCode, string defaultMode) = _package.Dotnet(project, "build -c Release --no-restore -p:ConsumerWithoutEmitSources=true");

            Assert.NotEqual(0, defaultExitCode);
            Assert.True(defaultMode.Contains("Program.cs(28,2): error FG1009: 'AppJsonContext' serializes UserCustomData (AppUser.CustomData)", StringComparison.Ordinal), defaultMode);
            Assert.True(defaultMode.Contains("<FieldGenEmitSources>true</FieldGenEmitSources>", StringComparison.Ordinal), defaultMode);
        }

        [Fact]
        public void A_broken_schema_fails_the_build_at_its_line_and_column_and_the_good_file_still_generates()
        {
            string project = _package.Consumer("BadSchema");

            (int exitCode, string output) = _package.Dotnet(project, "build");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("broken.json(5,3): error FG0001", output);
            Assert.Contains("trailing comma", output);
            Assert.DoesNotContain("error CS", output);
        }

        [Fact]
        public void Hostile_names_and_settings_build_or_fail_with_an_FG_diagnostic_never_CS8785()
        {
            string project = _package.Consumer("Hostile");

            (int exitCode, string output) = _package.Dotnet(project, "build -c Release");

            Assert.True(exitCode == 0, output);
            Assert.Contains(" 0 Warning(s)", output);
            string generated = Path.Combine(project, "obj", "Release", "net10.0", "generated", "FieldGen.Generator", "FieldGen.CustomDataGenerator");
            Assert.Equal(3, Directory.GetFiles(generated, "*.g.cs").Length);

            // A file name with U+2028 would end its .editorconfig section; a namespace that is not C#.
            File.Copy(Path.Combine(project, "hr.json"), Path.Combine(project, "injected\u2028#error PWNED\u2028.json"));
            (int badExitCode, string badOutput) = _package.Dotnet(project, "build -c Release -p:FieldGenNamespace=My<App>");

            Assert.NotEqual(0, badExitCode);
            Assert.Contains("error FG0013: The project has an invalid setting FieldGenNamespace='My<App>'", badOutput);
            Assert.Contains("warning FG0023: The schema file 'injected?#error PWNED?.json' has a line break in its path", badOutput);
            Assert.DoesNotContain("\u2028", badOutput);
            Assert.DoesNotContain("CS8785", badOutput);
            Assert.DoesNotContain("error CS", badOutput);
        }

        [Fact]
        public void FieldGenPull_runs_once_in_a_multi_targeting_project_without_a_framework_argument()
        {
            string project = _package.Consumer("MultiTargetPull");
            string schema = Path.Combine(project, "fieldgen.schema.json");
            string before = File.ReadAllText(schema);

            (int lenientExit, string lenient) = _package.Dotnet(project, "build -t:FieldGenPull");
            (int strictExit, string strict) = _package.Dotnet(project, "build -t:FieldGenPull -p:FieldGenPullStrict=true");

            // Without credentials FG2001, with them FG2002 (nothing listens): either way the task ran, once.
            Assert.True(lenientExit == 0, lenient);
            Assert.DoesNotContain("MSB4057", lenient);
            Assert.Matches("warning FG200[12]:", lenient);
            Assert.Contains(" 1 Warning(s)", lenient);
            Assert.NotEqual(0, strictExit);
            Assert.Matches("error FG200[12]:", strict);
            Assert.Equal(before, File.ReadAllText(schema));
        }

        [Fact]
        public void Auto_pull_in_a_multi_targeting_project_pulls_once_before_the_inner_builds()
        {
            string project = _package.Consumer("MultiTargetPull");

            (int exitCode, string output) = _package.Dotnet(project, "build -p:FieldGenAutoPullMaxAge=1d");

            // The outer build pulls (its messages carry no "::TargetFramework=") and records the attempt
            // first, so no inner build pulls again.
            Assert.True(exitCode == 0, output);
            string[] pullWarnings = output.Split('\n').Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, "warning FG200[12]:")).ToArray();
            Assert.NotEmpty(pullWarnings);
            Assert.All(pullWarnings, line => Assert.DoesNotContain("::TargetFramework=", line));
            Assert.Contains(" 1 Warning(s)", output);
            Assert.True(File.Exists(Path.Combine(project, "obj", "fieldgen-pull", "fieldgen.schema.json.pull-stamp")), output);
        }

        [Fact]
        public void The_packed_analyzers_report_each_mistake_with_its_FG_id()
        {
            _package.Consumer("Library");
            string project = _package.Consumer("Mistakes");

            (int exitCode, string output) = _package.Dotnet(project, "build");

            Assert.True(exitCode == 0, output);
            foreach (string id in new[] { "FG1001", "FG1002", "FG1003", "FG1004", "FG1005", "FG1006", "FG1007" })
            {
                Assert.Contains("warning " + id + ":", output);
            }

            Assert.Contains("did you mean 'school'?", output);
        }
    }
}
