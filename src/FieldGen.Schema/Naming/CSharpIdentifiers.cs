using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FieldGen.Naming
{
    /// <summary>
    /// Turns what a tenant typed (a field key, an option value) into a valid, readable C# identifier,
    /// the same on every machine: words split at anything that cannot be in an identifier and joined
    /// in PascalCase (<c>user_id</c>, <c>user-id</c> and <c>userId</c> all give <c>UserId</c>),
    /// letters of any script kept (<c>学校</c> stays <c>学校</c>), a leading digit prefixed with
    /// <c>_</c>, and text with no letters or digits at all spelled as code points.
    /// </summary>
    internal static class CSharpIdentifiers
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>
        /// The longest name FieldGen generates, in UTF-8 bytes. Metadata holds names of at most 1023 bytes
        /// (CS7013), and the compiler adds to some ("get_", "set_", "_2"); half the limit leaves room.
        /// </summary>
        public const int MaxNameUtf8Bytes = 512;

        private const int HashSuffixLength = 9; // "_" and 8 hex digits

        /// <summary>True when <paramref name="text"/> is a C# keyword, which a name can only be with an '@'.</summary>
        public static bool IsKeyword(string text) => Keywords.Contains(text);

        /// <summary>
        /// <paramref name="name"/>, or when it is longer than <see cref="MaxNameUtf8Bytes"/> its start and
        /// "_" plus a hash of <paramref name="source"/> (the wire text it came from): deterministic, and
        /// two long names that share a start still differ.
        /// </summary>
        public static string Shorten(string name, string source, out bool shortened)
        {
            shortened = Encoding.UTF8.GetByteCount(name) > MaxNameUtf8Bytes;
            if (!shortened)
            {
                return name;
            }

            int bytes = 0;
            int end = 0;
            while (end < name.Length)
            {
                int width = char.IsHighSurrogate(name[end]) && end + 1 < name.Length ? 2 : 1;
                int size = Encoding.UTF8.GetByteCount(name.ToCharArray(end, width));
                if (bytes + size > MaxNameUtf8Bytes - HashSuffixLength)
                {
                    break;
                }

                bytes += size;
                end += width;
            }

            return name.Substring(0, end) + "_" + StableHash.Hex8(source);
        }

        public static string ToPascalCase(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool startOfWord = true;
            foreach (char c in text)
            {
                if (IsIdentifierPart(c) && c != '_')
                {
                    builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                    startOfWord = false;
                }
                else
                {
                    startOfWord = true;
                }
            }

            if (builder.Length == 0)
            {
                return text.Length == 0 ? "Empty" : "U" + CodePoints(text);
            }

            if (!IsIdentifierStart(builder[0]))
            {
                builder.Insert(0, '_');
            }

            string name = builder.ToString();
            return Keywords.Contains(name) ? "@" + name : name;
        }

        /// <summary>True when <paramref name="name"/> can be used as written (a namespace part or a class name).</summary>
        public static bool IsValidIdentifier(string name)
        {
            if (name.Length == 0 || !IsIdentifierStart(name[0]) || Keywords.Contains(name))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!IsIdentifierPart(c))
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsValidNamespace(string name)
        {
            foreach (string part in name.Split('.'))
            {
                if (!IsValidIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsIdentifierStart(char c) => c == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

        private static bool IsIdentifierPart(char c)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return IsLetter(category)
                || category == UnicodeCategory.DecimalDigitNumber
                || category == UnicodeCategory.ConnectorPunctuation
                || category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.SpacingCombiningMark;
        }

        private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;

        private static string CodePoints(string text)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                int codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
                builder.Append(builder.Length == 0 ? string.Empty : "_").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }
}
