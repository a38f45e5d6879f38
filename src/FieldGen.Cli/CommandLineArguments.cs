using System;
using System.Collections.Generic;
using System.CommandLine;

namespace FieldGen.Cli
{
    /// <summary>
    /// What a command reads from its parsed command line: the positional schema files and the values of
    /// its <c>--name value</c> options. System.CommandLine does the parsing (<see cref="FieldGenCommandTree"/>);
    /// no option can carry a secret.
    /// </summary>
    internal sealed class CommandLineArguments
    {
        private readonly Dictionary<string, string> _options = new Dictionary<string, string>(StringComparer.Ordinal);

        private CommandLineArguments(string command)
        {
            Command = command;
        }

        public string Command { get; }

        public List<string> Positional { get; } = new List<string>();

        public string? Option(string name) => _options.TryGetValue(name, out string? value) ? value : null;

        /// <summary>The arguments of the command <paramref name="result"/> chose, in command-line order.</summary>
        public static CommandLineArguments From(ParseResult result)
        {
            Command command = result.CommandResult.Command;
            var parsed = new CommandLineArguments(command.Name);
            foreach (Argument argument in command.Arguments)
            {
                if (argument is Argument<string> file && result.GetValue(file) is string value)
                {
                    parsed.Positional.Add(value);
                }
            }

            foreach (Option option in command.Options)
            {
                if (option is Option<string> valued && result.GetValue(valued) is string value)
                {
                    parsed._options[option.Name] = value;
                }
            }

            return parsed;
        }
    }
}
