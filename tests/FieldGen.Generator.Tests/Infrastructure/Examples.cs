using System.Collections.Generic;
using System.IO;

namespace FieldGen.Generator.Tests.Infrastructure
{
    /// <summary>The example schema files of the repository's schema/examples folder, as test inputs.</summary>
    internal static class Examples
    {
        public static string Text(string name) => System.IO.File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schema", "examples", name));

        public static SchemaFile File(string name, IReadOnlyDictionary<string, string>? metadata = null) =>
            new SchemaFile("/project/" + name, Text(name), metadata);
    }
}
