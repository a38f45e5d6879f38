using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>
    /// The newcomer's steps as README.md shows them: each fenced block after a
    /// <c>&lt;!-- newcomer:NAME --&gt;</c> marker. Tests run these blocks, so the README cannot drift from what works.
    /// </summary>
    internal sealed class ReadmeSteps
    {
        private static readonly Regex Step = new Regex(@"<!-- newcomer:(?<name>[\w.-]+) -->\r?\n```[\w]*\r?\n(?<body>.*?)\r?\n```", RegexOptions.Singleline);

        private readonly Dictionary<string, string> _blocks = new Dictionary<string, string>(StringComparer.Ordinal);

        public ReadmeSteps(string readmePath)
        {
            foreach (Match match in Step.Matches(File.ReadAllText(readmePath)))
            {
                _blocks.Add(match.Groups["name"].Value, match.Groups["body"].Value.Replace("\r\n", "\n") + "\n");
            }
        }

        /// <summary>The text of one block; fails the test when the README lost it.</summary>
        public string this[string name]
        {
            get
            {
                Assert.True(_blocks.TryGetValue(name, out string? body), "README.md has no <!-- newcomer:" + name + " --> block");
                return body!;
            }
        }

        /// <summary>The lines of a bash block, each a command (no comments, no continuations in these blocks).</summary>
        public string[] Commands(string name) => this[name].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
