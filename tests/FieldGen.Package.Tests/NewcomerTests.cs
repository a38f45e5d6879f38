using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>
    /// A newcomer with only the README: the packages it says to build, a brand-new console app made
    /// from its blocks, the tool installed as docs/pull.md says, and versions that differ per commit.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public sealed class NewcomerTests
    {
        private static readonly string[] PackageIds = { "FieldGen", "FieldGen.Client", "FieldGen.Cli", "FieldGen.TestServer" };

        private readonly PackedPackage _package;

        public NewcomerTests(PackedPackage package) => _package = package;

        private static string RepositoryUrl =>
            typeof(NewcomerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FieldGenRepositoryUrl").Value!;

        [Fact]
        public void A_new_console_app_built_only_from_the_README_runs_with_warnings_as_errors()
        {
            ReadmeSteps readme = _package.Readme;
            string app = Path.Combine(_package.WorkDirectory, "MyApp");

            (int created, string creating) = DotnetCli.Bash(_package.WorkDirectory, readme["app"], _package.Environment);
            Assert.True(created == 0, creating);
            File.WriteAllText(Path.Combine(app, "nuget.config"), readme["nuget.config"]);
            string project = Path.Combine(app, "MyApp.csproj");
            File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", readme["csproj"] + "</Project>"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), readme["Program.cs"]);
            string run = string.Join(" && ", readme.Commands("run")) + " -p:TreatWarningsAsErrors=true -p:MSBuildTreatWarningsAsErrors=true";

            (int exitCode, string output) = DotnetCli.Bash(_package.WorkDirectory, run, _package.Environment);

            Assert.True(exitCode == 0, run + "\n" + output);
            foreach (string line in readme["output"].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(line, output);
            }

            // The package came from the README's folder into this run's cache, at the version just packed,
            // and never into the user's own cache.
            Assert.True(Directory.Exists(Path.Combine(_package.Environment["NUGET_PACKAGES"], "fieldgen", _package.Version.ToLowerInvariant())), output);
            Assert.False(Directory.Exists(Path.Combine(_package.Environment["NUGET_FALLBACK_PACKAGES"], "fieldgen", _package.Version.ToLowerInvariant())), output);
        }

        [Fact]
        public void The_tool_installs_from_the_local_folder_as_docs_pull_md_says_and_shows_its_help()
        {
            string install = File.ReadAllLines(Path.Combine(_package.RepositoryRoot, "docs", "pull.md"))
                .Select(line => line.Split('#')[0].Trim())
                .Single(line => line.StartsWith("dotnet tool install", StringComparison.Ordinal));
            Assert.Contains(" -g FieldGen.Cli", install);
            string tools = Path.Combine(_package.WorkDirectory, "tools");

            // -g would install into the user's ~/.dotnet/tools: the same command into a folder of the test's own.
            (int installed, string installing) = DotnetCli.Run(_package.Clone, install["dotnet ".Length..].Replace(" -g ", " --tool-path \"" + tools + "\" "), _package.Environment);
            (int exitCode, string help) = DotnetCli.Bash(_package.Clone, "\"" + Path.Combine(tools, "fieldgen") + "\" --help && \"" + Path.Combine(tools, "fieldgen") + "\" --version", _package.Environment);

            Assert.True(installed == 0, install + "\n" + installing);
            Assert.True(exitCode == 0, help);
            foreach (string command in new[] { "pull", "check", "diff" })
            {
                Assert.Contains("  " + command + " ", help);
            }

            Assert.Contains(_package.Version, help);
        }

        [Fact]
        public void Every_package_carries_its_description_license_readme_repository_commit_and_symbols()
        {
            string commit = Git.Run(_package.Clone, "rev-parse HEAD");

            foreach (string id in PackageIds)
            {
                string nupkg = Path.Combine(_package.Feed, id + "." + _package.Version + ".nupkg");
                Assert.True(File.Exists(nupkg), "missing " + nupkg + "\n" + string.Join("\n", Directory.GetFiles(_package.Feed)));
                Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), "no symbols for " + id);
                using ZipArchive zip = ZipFile.OpenRead(nupkg);
                using Stream nuspecStream = zip.Entries.Single(e => e.FullName == id + ".nuspec").Open();
                XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
                string? Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
                XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");

                Assert.False(string.IsNullOrWhiteSpace(Field("description")), id);
                Assert.Equal("MIT", Field("license"));
                Assert.Equal(RepositoryUrl, Field("projectUrl"));
                Assert.Equal(RepositoryUrl, repository.Attribute("url")?.Value);
                Assert.Equal(commit, repository.Attribute("commit")?.Value);
                string readme = Field("readme") ?? throw new Xunit.Sdk.XunitException(id + " has no readme");
                using var readmeText = new StreamReader(zip.Entries.Single(e => e.FullName == readme).Open());
                Assert.StartsWith("# " + (id == "FieldGen" ? "FieldGen" : id), readmeText.ReadLine());
            }
        }

        [Fact]
        public void Each_commit_gets_its_own_version_even_two_at_the_same_height_and_a_tag_gives_its_release()
        {
            string clone = Path.Combine(_package.WorkDirectory, "versions");
            Git.Run(_package.WorkDirectory, "clone -q \"" + _package.Clone + "\" versions");
            string packed = VersionAt(clone, restore: true);
            Git.Commit(clone, "second");
            string second = VersionAt(clone);
            Git.Run(clone, "checkout -q -b sibling HEAD~1");
            Git.Commit(clone, "a sibling of second");
            string sibling = VersionAt(clone);
            Git.Run(clone, "tag v1.2.3");
            string tagged = VersionAt(clone);

            Assert.Equal(_package.Version, packed);
            Assert.Matches(@"^0\.0\.0-alpha\.0\.0\.g[0-9a-f]{10,}$", packed);
            Assert.Matches(@"^0\.0\.0-alpha\.0\.1\.g[0-9a-f]{10,}$", second);
            Assert.Matches(@"^0\.0\.0-alpha\.0\.1\.g[0-9a-f]{10,}$", sibling);
            Assert.NotEqual(second, sibling);
            Assert.Equal("1.2.3", tagged);
        }

        /// <summary>The FieldGen package version MinVer and Directory.Build.targets compute for the clone's HEAD, without building.</summary>
        private string VersionAt(string clone, bool restore = false)
        {
            string arguments = "msbuild src/FieldGen.Runtime/FieldGen.Runtime.csproj -nologo -t:MinVer -getProperty:PackageVersion -p:Configuration=Release";
            (int exitCode, string output) = DotnetCli.Run(clone, arguments + (restore ? " -restore" : string.Empty), _package.Environment);
            Assert.True(exitCode == 0, output);
            return output.Trim().Split('\n').Last().Trim();
        }
    }
}
