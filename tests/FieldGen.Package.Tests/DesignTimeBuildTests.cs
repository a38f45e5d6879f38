using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>
    /// FieldGenEmitSources=true in a design-time build of a consumer of the packed package, as an IDE runs
    /// one (Visual Studio's CompileDesignTime calls Compile with SkipCompilerExecution and
    /// ProvideCommandLineArgs, and reads the compiler's command line; here Build, which holds Compile and
    /// also BeforeBuild, where the automatic pull hooks in): the classes are on disk before the compiler
    /// would run, they are on that command line, they equal the generator's own output, and the
    /// design-time build neither fails nor pulls, even with an automatic pull due.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public sealed class DesignTimeBuildTests
    {
        private readonly PackedPackage _package;

        public DesignTimeBuildTests(PackedPackage package) => _package = package;

        [Fact]
        public void A_design_time_build_emits_the_generators_classes_compiles_them_and_never_pulls()
        {
            string library = _package.Consumer("Library");
            string project = _package.Consumer("DesignTime");
            File.Copy(Path.Combine(library, "custom-fields.json"), Path.Combine(project, "custom-fields.json"), overwrite: true);
            using var tenant = new ConnectionCounter();
            var environment = new Dictionary<string, string>(_package.Environment)
            {
                ["FIELDGEN_HOST"] = tenant.Address.ToString(),
                ["FIELDGEN_ACCESS_KEY_ID"] = "design-time-key-id",
                ["FIELDGEN_ACCESS_KEY_SECRET"] = "design-time-secret-not-real",
            };
            string obj = Path.Combine(project, "obj", "Release", "net10.0");

            // The oracle: the incremental generator's output, as the compiler wrote it (EmitCompilerGeneratedFiles).
            (int generated, string generating) = Dotnet(project, "build -c Release -p:ConsumerEmitSources=false", environment);
            Assert.True(generated == 0, generating);
            string[] fromGenerator = Directory.GetFiles(Path.Combine(obj, "generated", "FieldGen.Generator", "FieldGen.CustomDataGenerator"), "*.g.cs");
            Assert.Equal(new[] { "Consumer.RoleCustomData.g.cs", "Consumer.UserCustomData.g.cs" }, fromGenerator.Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));

            (int designed, string designTime) = Dotnet(project, "msbuild -t:Build -p:Configuration=Release -p:DesignTimeBuild=true -p:SkipCompilerExecution=true -p:ProvideCommandLineArgs=true -p:FieldGenAutoPullMaxAge=1d -getItem:CscCommandLineArgs", environment);

            Assert.True(designed == 0, designTime);
            Assert.True(tenant.Connections == 0, "the design-time build connected to FIELDGEN_HOST " + tenant.Connections + " time(s):\n" + designTime);
            Assert.DoesNotContain("FG20", designTime);
            string[] commandLine = CompilerArguments(designTime);
            string emittedDirectory = Path.Combine(obj, "fieldgen", "classes");
            foreach (string generatorFile in fromGenerator)
            {
                string emitted = Path.Combine(emittedDirectory, Path.GetFileName(generatorFile));
                Assert.True(File.Exists(emitted), "the design-time build did not write " + emitted);
                Assert.Equal(File.ReadAllText(generatorFile), File.ReadAllText(emitted));
                Assert.True(commandLine.Any(argument => SamePath(argument, emitted)), emitted + " is not on the compiler's command line:\n" + string.Join("\n", commandLine));
            }

            // The real build that follows compiles what the design-time build wrote (warnings as errors, no
            // second copy from the generator), and does pull when one is due: the tenant was reachable.
            (int built, string building) = Dotnet(project, "build -c Release --no-restore -v:d -p:FieldGenAutoPullMaxAge=1d", environment);

            Assert.True(built == 0, building);
            Assert.Contains("Skipping target \"_FieldGenEmitSourcesWrite\" because all output files are up-to-date", building);
            Assert.DoesNotContain("warning CS", building);
            Assert.True(tenant.Connections > 0, "the normal build with an automatic pull due never reached FIELDGEN_HOST, so the design-time build's zero proves nothing:\n" + building);
        }

        private (int ExitCode, string Output) Dotnet(string directory, string arguments, IReadOnlyDictionary<string, string> environment) =>
            DotnetCli.Run(directory, arguments + " -p:FieldGenVersion=" + _package.Version + " -nodeReuse:false", environment);

        /// <summary>The CscCommandLineArgs items of <c>-getItem</c>'s JSON (the log lines before it skipped).</summary>
        private static string[] CompilerArguments(string output)
        {
            int start = output.IndexOf("{\n", StringComparison.Ordinal);
            Assert.True(start >= 0, "no -getItem JSON in:\n" + output);
            using JsonDocument json = JsonDocument.Parse(output[start..(output.LastIndexOf('}') + 1)]);
            return json.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray().Select(item => item.GetProperty("Identity").GetString()!).ToArray();
        }

        private static bool SamePath(string argument, string path) =>
            Path.IsPathRooted(argument) && string.Equals(Path.GetFullPath(argument), Path.GetFullPath(path), StringComparison.Ordinal);
    }
}
