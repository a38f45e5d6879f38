using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Threading;
using System.Threading.Tasks;
using FieldGen.Cli.Commands;
using FieldGen.Management.Schema;

namespace FieldGen.Cli
{
    /// <summary>
    /// The tool's commands, arguments and options for System.CommandLine, which supplies the help
    /// (<c>--help</c>), parse errors and shell completion (<c>[suggest]</c>, dotnet-suggest).
    /// </summary>
    internal static class FieldGenCommandTree
    {
        private const string CredentialsHint = " (credentials are read only from FIELDGEN_ACCESS_KEY_ID and FIELDGEN_ACCESS_KEY_SECRET)";

        public static RootCommand Build(CliContext context)
        {
            var root = new RootCommand(
                "fieldgen - typed GenAuth (Authing) custom fields: keep the schema file in step with the tenant.\n" +
                "Credentials are read only from the environment, never from options: FIELDGEN_ACCESS_KEY_ID and\n" +
                "FIELDGEN_ACCESS_KEY_SECRET (the user pool's access key); FIELDGEN_USER_POOL_ID is optional.\n" +
                "Exit codes: 0 done (check, diff: no differences), 1 differences, 2 could not do it.");
            root.Add(Remote("pull", "Write the tenant's schema into the file if it changed, with a change report beside it (<file>.changes.md).", args => PullCommand.RunAsync(args, context)));
            root.Add(Remote("check", "Does the file match the tenant? Exit 0 yes, 1 no, 2 could not tell. Writes nothing.", args => CheckCommand.RunAsync(args, context)));
            root.Add(Diff(context));
            root.Add(Prune(context));
            root.Add(Hidden("help", result => Help(result.RootCommandResult.Command, context)));
            root.Add(Hidden("version", _ => Version(context)));
            root.SetAction(result => Help(result.RootCommandResult.Command, context));
            foreach (Option option in root.Options)
            {
                if (option is VersionOption version)
                {
                    // The tool's own version, also when it runs in-process under a test host.
                    version.Action = new PrintVersion(context);
                }
            }

            return root;
        }

        private static Command Remote(string name, string description, Func<CommandLineArguments, Task<int>> run)
        {
            Option<string> tombstoneDays = TombstoneDays();
            var command = new Command(name, description)
            {
                SchemaFile("file", "The schema file (default " + SchemaTargetArguments.DefaultSchemaFile + ")"),
                Valued("--host", "url", "API host (else FIELDGEN_HOST, else https://api.authing.cn)"),
                Valued("--tenant", "id", "Pull a tenant's fields instead of the user pool's"),
                Valued("--auth", "scheme", "Signature (default: every request signed, no token) or ManagementToken", "Signature", "ManagementToken"),
                Valued("--timeout", "seconds", "Per request, the whole answer included (default 10)"),
                Valued("--lang", "language", "x-authing-lang: the language of the server's messages (default zh-CN)", "zh-CN", "en-US"),
                ClassName(),
                TargetTypes(),
                tombstoneDays,
            };
            command.Validators.Add(result =>
            {
                if (SchemaTombstones.ParseDays(result.GetValue(tombstoneDays), out string? problem) is null)
                {
                    result.AddError(problem!.Replace("FieldGenTombstoneDays", "--tombstone-days"));
                }
            });
            command.SetAction((result, _) => run(CommandLineArguments.From(result)));
            return command;
        }

        private static Command Prune(CliContext context)
        {
            var command = new Command("prune", "Drop every tombstone (a field or option removed from the tenant, kept as [Obsolete]) from the file now. Offline.")
            {
                SchemaFile("file", "The schema file (default " + SchemaTargetArguments.DefaultSchemaFile + ")"),
            };
            command.SetAction(result => PruneCommand.Run(CommandLineArguments.From(result), context));
            return command;
        }

        private static Option<string> TombstoneDays() =>
            Valued("--tombstone-days", "days", "Days a removed field or option stays in the file as an [Obsolete] tombstone (default 30, 0 for none)");

        private static Command Diff(CliContext context)
        {
            Argument<string> before = SchemaFile("old", "The schema file before");
            Argument<string> after = SchemaFile("new", "The schema file after");
            var command = new Command("diff", "Change report between two schema files of any form FieldGen reads. Exit 0 same, 1 different, 2 error.")
            {
                before,
                after,
                Valued("--markdown", "file", "Also write the report to this file"),
                ClassName(),
                TargetTypes(),
            };
            command.Validators.Add(result =>
            {
                if (result.GetValue(before) is null || result.GetValue(after) is null)
                {
                    result.AddError("diff needs two schema files: fieldgen diff <old> <new>");
                }
            });
            command.SetAction(result => DiffCommand.Run(CommandLineArguments.From(result), context));
            return command;
        }

        private static Option<string> ClassName() =>
            Valued("--class-name", "name", "The FieldGenSchema item's ClassName, so reports name members as generated");

        private static Option<string> TargetTypes() =>
            Valued("--target-types", "list", "The FieldGenSchema item's TargetTypes, e.g. USER,ROLE");

        private static Option<string> Valued(string name, string valueName, string description, params string[] completions)
        {
            var option = new Option<string>(name) { Description = description, HelpName = valueName };
            if (completions.Length > 0)
            {
                option.CompletionSources.Add(completions);
            }

            return option;
        }

        /// <summary>
        /// A positional file. A token that looks like an option lands here when no option matches it:
        /// refuse it as an unknown option, pointing a would-be credential option at the environment.
        /// </summary>
        private static Argument<string> SchemaFile(string name, string description)
        {
            var argument = new Argument<string>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
            argument.Validators.Add(result =>
            {
                string? value = result.GetValueOrDefault<string?>();
                if (value is not null && value.Length > 1 && value.StartsWith("-", StringComparison.Ordinal))
                {
                    bool credential = value.IndexOf("secret", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("key", StringComparison.OrdinalIgnoreCase) >= 0;
                    result.AddError("unknown option " + value + (credential ? CredentialsHint : string.Empty));
                }
            });
            return argument;
        }

        private static Command Hidden(string name, Func<ParseResult, int> run)
        {
            var command = new Command(name) { Hidden = true };
            command.SetAction(run);
            return command;
        }

        private static int Help(Command root, CliContext context) =>
            root.Parse("--help").Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error });

        private static int Version(CliContext context)
        {
            context.Output.WriteLine(ToolVersion.InformationalVersion);
            return ExitCodes.Success;
        }

        private sealed class PrintVersion : System.CommandLine.Invocation.SynchronousCommandLineAction
        {
            private readonly CliContext _context;

            public PrintVersion(CliContext context) => _context = context;

            public override int Invoke(ParseResult parseResult) => Version(_context);
        }
    }
}
