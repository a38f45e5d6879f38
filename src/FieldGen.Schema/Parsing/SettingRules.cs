using System.Linq;
using System.Text;
using FieldGen.Merging;
using FieldGen.Naming;

namespace FieldGen.Parsing
{
    /// <summary>
    /// What a namespace or class name set in MSBuild (FieldGenNamespace, RootNamespace, the Namespace and
    /// ClassName metadata) must be for the generated code to compile, and why a value is refused. A
    /// keyword is refused rather than '@'-escaped: a namespace like <c>My.@class</c> would have to be
    /// typed with the '@' in every using directive, which is rarely what was meant.
    /// </summary>
    internal static class SettingRules
    {
        /// <summary>Null when <paramref name="ns"/> can be used; otherwise why not, as a message fragment.</summary>
        public static string? NamespaceProblem(string ns)
        {
            if (Encoding.UTF8.GetByteCount(ns) > CSharpIdentifiers.MaxNameUtf8Bytes)
            {
                return $"it is longer than {CSharpIdentifiers.MaxNameUtf8Bytes} UTF-8 bytes";
            }

            foreach (string part in ns.Split('.'))
            {
                if (part.Length == 0)
                {
                    return "it has an empty part (a leading, trailing or doubled '.')";
                }

                string? problem = IdentifierProblem(part);
                if (problem is not null)
                {
                    return problem;
                }
            }

            return null;
        }

        /// <summary>Null when <paramref name="className"/> (with <c>{Target}</c> already replaced) can be used; otherwise why not.</summary>
        public static string? ClassNameProblem(string className)
        {
            if (Encoding.UTF8.GetByteCount(className) > CSharpIdentifiers.MaxNameUtf8Bytes)
            {
                return $"'{Quote(className)}' is longer than {CSharpIdentifiers.MaxNameUtf8Bytes} UTF-8 bytes";
            }

            string? problem = IdentifierProblem(className);
            if (problem is not null)
            {
                return problem;
            }

            // CS8981 (a warning, an error under TreatWarningsAsErrors) and every contextual keyword C#
            // refuses as a type name (record, file, required, scoped, var...) are lower-case ASCII only.
            if (className.All(c => c >= 'a' && c <= 'z'))
            {
                return $"'{className}' has only lower-case ASCII letters, which C# keeps for keywords (CS8981, CS8860)";
            }

            if (className == "_")
            {
                return "'_' is the discard";
            }

            if (SchemaMerger.GeneratedMemberNames.Contains(className))
            {
                return $"'{className}' is a member FieldGen generates in the class, and a member cannot have its class's name (CS0542)";
            }

            if (className.StartsWith("_fg", System.StringComparison.Ordinal))
            {
                return "names starting with '_fg' are FieldGen's private members";
            }

            return null;
        }

        private static string? IdentifierProblem(string part)
        {
            if (CSharpIdentifiers.IsKeyword(part))
            {
                return $"'{part}' is a C# keyword";
            }

            if (!CSharpIdentifiers.IsValidIdentifier(part))
            {
                return $"'{Quote(part)}' is not a C# identifier (letters, digits and '_', not starting with a digit)";
            }

            return null;
        }

        private static string Quote(string text) => TenantText.Excerpt(text);
    }
}
