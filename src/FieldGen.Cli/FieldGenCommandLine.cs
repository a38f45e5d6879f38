using System;
using System.Reflection;
using System.Threading.Tasks;
using FieldGen.Cli.Commands;

namespace FieldGen.Cli
{
    /// <summary>Dispatches the command line to a command; everything a test needs to run the tool in-process.</summary>
    internal static class FieldGenCommandLine
    {
        public static async Task<int> RunAsync(string[] args, CliContext context)
        {
            CommandLineArguments? parsed = CommandLineArguments.Parse(args, out string? problem);
            if (parsed is null)
            {
                new ConsoleReporter(context).UsageError(problem!);
                return ExitCodes.Failed;
            }

            if (parsed.Has("--help") || parsed.Command == "help")
            {
                context.Output.Write(HelpText.Usage);
                return ExitCodes.Success;
            }

            switch (parsed.Command)
            {
                case "version":
                    context.Output.WriteLine(typeof(FieldGenCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                    return ExitCodes.Success;
                case "pull":
                    return await PullCommand.RunAsync(parsed, context).ConfigureAwait(false);
                case "check":
                    return await CheckCommand.RunAsync(parsed, context).ConfigureAwait(false);
                case "diff":
                    return DiffCommand.Run(parsed, context);
                case "prune":
                    return PruneCommand.Run(parsed, context);
                default:
                    new ConsoleReporter(context).UsageError("unknown command '" + parsed.Command + "'; expected pull, check, diff or prune");
                    return ExitCodes.Failed;
            }
        }
    }
}
