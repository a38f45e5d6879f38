using System;
using System.Collections.Generic;

namespace FieldGen.Cli
{
    /// <summary>
    /// The parsed command line: a command, positional arguments and <c>--name value</c> options.
    /// Hand-written so the tool has no dependency; there are no options that could carry a secret.
    /// </summary>
    internal sealed class CommandLineArguments
    {
        private static readonly HashSet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "--help", "-h", "--version" };
        private static readonly HashSet<string> ValueOptions = new HashSet<string>(StringComparer.Ordinal)
        {
            "--host", "--tenant", "--auth", "--timeout", "--lang", "--class-name", "--target-types", "--markdown",
        };

        private readonly Dictionary<string, string> _options = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _flags = new HashSet<string>(StringComparer.Ordinal);

        private CommandLineArguments(string command)
        {
            Command = command;
        }

        public string Command { get; }

        public List<string> Positional { get; } = new List<string>();

        public bool Has(string flag) => _flags.Contains(flag);

        public string? Option(string name) => _options.TryGetValue(name, out string? value) ? value : null;

        /// <summary>The arguments, or null with <paramref name="problem"/> saying what is wrong.</summary>
        public static CommandLineArguments? Parse(string[] args, out string? problem)
        {
            problem = null;
            if (args.Length == 0)
            {
                return new CommandLineArguments("help");
            }

            var parsed = new CommandLineArguments(Flags.Contains(args[0]) ? args[0].TrimStart('-') : args[0]);
            for (int i = Flags.Contains(args[0]) ? 0 : 1; i < args.Length; i++)
            {
                string arg = args[i];
                if (Flags.Contains(arg))
                {
                    parsed._flags.Add(arg == "-h" ? "--help" : arg);
                }
                else if (ValueOptions.Contains(arg))
                {
                    if (i + 1 >= args.Length)
                    {
                        problem = "option " + arg + " needs a value";
                        return null;
                    }

                    parsed._options[arg] = args[++i];
                }
                else if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
                {
                    problem = "unknown option " + arg + (arg.IndexOf("secret", StringComparison.OrdinalIgnoreCase) >= 0 || arg.IndexOf("key", StringComparison.OrdinalIgnoreCase) >= 0
                        ? " (credentials are read only from FIELDGEN_ACCESS_KEY_ID and FIELDGEN_ACCESS_KEY_SECRET)"
                        : string.Empty);
                    return null;
                }
                else
                {
                    parsed.Positional.Add(arg);
                }
            }

            return parsed;
        }
    }
}
