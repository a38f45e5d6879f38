using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>
    /// README's "Try it without a tenant, in four commands", run as README writes them in the packed
    /// clone: the standalone test server, the three variables it prints, the CLI pull into the sample, the
    /// sample. Two changes only: port 0 instead of 5080 (the server prints the port it got), and
    /// <c>-c Release</c> so the outputs the pack built are reused (<c>--no-build</c> for server and CLI).
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public sealed class QuickstartTests
    {
        private static readonly TimeSpan ServerStart = TimeSpan.FromSeconds(60);

        private readonly PackedPackage _package;

        public QuickstartTests(PackedPackage package) => _package = package;

        [Fact]
        public void The_four_commands_pull_from_the_test_server_and_the_sample_prints_the_typed_data()
        {
            ReadmeSteps readme = _package.Readme;
            string[] serverCommands = readme.Commands("try-server");
            string[] pullCommands = readme.Commands("try-pull");
            Assert.True(serverCommands.Length == 1 && pullCommands.Length == 3, "README's four commands changed shape: " + string.Join(" | ", serverCommands.Concat(pullCommands)));
            string[] exported = Exported(pullCommands[0]);
            Assert.Equal(new[] { "FIELDGEN_HOST", "FIELDGEN_ACCESS_KEY_ID", "FIELDGEN_ACCESS_KEY_SECRET" }, exported);
            Assert.Contains("--port 5080", serverCommands[0]);
            Assert.Contains("FIELDGEN_HOST=http://127.0.0.1:5080 ", pullCommands[0]);
            string schema = Path.Combine(_package.Clone, "samples", "FieldGen.Sample", "custom-fields.json");
            string exportedSchema = File.ReadAllText(schema);

            var environment = new Dictionary<string, string>(_package.Environment);
            using (var server = new ChildProcess(_package.Clone, Release(serverCommands[0].Replace("--port 5080", "--port 0"), "--no-build"), _package.Environment))
            {
                foreach (KeyValuePair<string, string> variable in PrintedVariables(server, exported))
                {
                    environment[variable.Key] = variable.Value;
                }

                string secret = environment["FIELDGEN_ACCESS_KEY_SECRET"];
                Assert.Matches(@"^http://127\.0\.0\.1:\d+$", environment["FIELDGEN_HOST"]);
                try
                {
                    (int pulled, string pull) = DotnetCli.Bash(_package.Clone, Release(pullCommands[1], "--no-build"), environment, TimeSpan.FromMinutes(2));
                    Assert.True(pulled == 0, Shown(pull, secret));
                    Assert.Contains("FG2013", pull);
                    Assert.DoesNotContain(secret, pull);
                    Assert.Contains("samples/FieldGen.Sample/custom-fields.json", Git.Run(_package.Clone, "diff --name-only -- samples"));

                    (int ran, string sample) = DotnetCli.Bash(_package.Clone, Release(pullCommands[2]), environment, TimeSpan.FromMinutes(4));
                    Assert.True(ran == 0, Shown(sample, secret));
                    Assert.DoesNotContain(secret, sample);
                    foreach (string line in SampleLines(readme["sample-output"]))
                    {
                        Assert.True(sample.Contains(line, StringComparison.Ordinal), "the sample did not print README's line '" + line + "':\n" + Shown(sample, secret));
                    }
                }
                finally
                {
                    // README's undo, so the clone's sample is the export again for whatever runs next.
                    Git.Run(_package.Clone, UndoCommand()["git ".Length..]);
                }
            }

            Assert.Equal(exportedSchema, File.ReadAllText(schema));
        }

        /// <summary>
        /// Every line of README's sample output: the typed data and both forms. The forms show the
        /// pulled schema's metadata (userEditable, the options' translations), so a test server that
        /// served less than its seed file says shows here.
        /// </summary>
        private static string[] SampleLines(string sampleOutput)
        {
            string[] lines = sampleOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length > 5 && lines.Any(line => line.StartsWith("{\"targetType\"", StringComparison.Ordinal)) && lines.Any(line => line.StartsWith("Form (", StringComparison.Ordinal)), "README's sample output lost its typed data or its forms: " + sampleOutput);
            return lines;
        }

        /// <summary>The names of README's <c>export A=... B=...</c> line, in order.</summary>
        private static string[] Exported(string exportLine)
        {
            Assert.StartsWith("export ", exportLine);
            return exportLine["export ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=')[0]).ToArray();
        }

        /// <summary>The <c>NAME=value</c> lines the server prints before it serves, for each of <paramref name="names"/>; bounded wait.</summary>
        private static Dictionary<string, string> PrintedVariables(ChildProcess server, string[] names)
        {
            var printed = new Dictionary<string, string>(StringComparer.Ordinal);
            var others = new List<string>();
            DateTime until = DateTime.UtcNow + ServerStart;
            while (printed.Count < names.Length && DateTime.UtcNow < until)
            {
                string? line = server.NextLine(until - DateTime.UtcNow);
                if (line is null)
                {
                    break;
                }

                int equals = line.IndexOf('=');
                if (equals > 0 && names.Contains(line[..equals]))
                {
                    printed[line[..equals]] = line[(equals + 1)..];
                }
                else if (others.Count < 20)
                {
                    // Lines other than the variables carry no secret; shown when the server fails to start.
                    others.Add(line);
                }
            }

            Assert.True(printed.Count == names.Length, "the test server printed " + string.Join(", ", printed.Keys) + " of " + string.Join(", ", names) + (server.HasExited ? " and ended" : " in " + ServerStart.TotalSeconds + " s") + ":\n" + string.Join("\n", others));
            return printed;
        }

        /// <summary>README's command in Release, where the pack left every output (extra options such as --no-build before the program's own arguments).</summary>
        private static string Release(string command, string extra = "")
        {
            string options = ("-c Release " + extra).Trim();
            int programArguments = command.IndexOf(" -- ", StringComparison.Ordinal);
            return programArguments < 0 ? command + " " + options : command[..programArguments] + " " + options + command[programArguments..];
        }

        /// <summary>README's "`git checkout samples` undoes it".</summary>
        private string UndoCommand()
        {
            Match undo = Regex.Match(File.ReadAllText(Path.Combine(_package.RepositoryRoot, "README.md")), "`(git checkout [^`]+)` undoes it");
            Assert.True(undo.Success, "README no longer says how to undo the pull");
            return undo.Groups[1].Value;
        }

        private static string Shown(string output, string secret) => output.Replace(secret, "[the test server's secret]", StringComparison.Ordinal);
    }
}
