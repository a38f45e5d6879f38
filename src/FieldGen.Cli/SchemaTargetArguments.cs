using System.IO;
using System.Linq;
using FieldGen.Management.Changes;
using FieldGen.Management.Pull;
using FieldGen.Management.Schema;
using FieldGen.Model;

namespace FieldGen.Cli
{
    /// <summary>Builds what pull and check work on from the arguments: the file (default fieldgen.schema.json), tenant and generator options.</summary>
    internal static class SchemaTargetArguments
    {
        public const string DefaultSchemaFile = "fieldgen.schema.json";

        /// <summary>The target; <c>--tombstone-days</c> was validated by the command tree.</summary>
        public static SchemaPullTarget Read(CommandLineArguments args) =>
            new SchemaPullTarget(
                Path.GetFullPath(args.Positional.FirstOrDefault() ?? DefaultSchemaFile),
                args.Option("--tenant"),
                Options(args))
            {
                TombstoneDays = SchemaTombstones.ParseDays(args.Option("--tombstone-days"), out _) ?? SchemaTombstones.DefaultDays,
            };

        /// <summary><c>--class-name</c> and <c>--target-types</c>, the options that change generated names, as on the FieldGenSchema item.</summary>
        public static SchemaFileOptions Options(CommandLineArguments args) =>
            GeneratorOptions.Create(null, args.Option("--class-name"), false, args.Option("--target-types"));
    }
}
