using System;
using System.Globalization;

namespace FieldGen.Management.Configuration
{
    /// <summary>The size caps on the server's answers, from FIELDGEN_PULL_MAX_ANSWER_BYTES and FIELDGEN_PULL_MAX_TOKEN_ANSWER_BYTES.</summary>
    internal static class AnswerCaps
    {
        public const string SchemaAnswerVariable = "FIELDGEN_PULL_MAX_ANSWER_BYTES";
        public const string TokenAnswerVariable = "FIELDGEN_PULL_MAX_TOKEN_ANSWER_BYTES";
        public const long Minimum = 1024;
        public const long Maximum = 1024L * 1024 * 1024;

        /// <summary>Sets the caps the environment gives on <paramref name="connection"/>; false with <paramref name="problem"/> when one is not a number in range.</summary>
        public static bool TryRead(GenAuthConnection connection, Func<string, string?> environment, out string? problem)
        {
            problem = null;
            long? schema = Read(SchemaAnswerVariable, environment, ref problem);
            long? token = Read(TokenAnswerVariable, environment, ref problem);
            connection.MaxSchemaAnswerBytes = schema ?? connection.MaxSchemaAnswerBytes;
            connection.MaxTokenAnswerBytes = token ?? connection.MaxTokenAnswerBytes;
            return problem is null;
        }

        private static long? Read(string variable, Func<string, string?> environment, ref string? problem)
        {
            string? text = EnvironmentSettings.Trimmed(environment(variable));
            if (text is null)
            {
                return null;
            }

            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long bytes) || bytes < Minimum || bytes > Maximum)
            {
                problem ??= variable + " '" + text + "' is not a number of bytes between " + Minimum + " and " + Maximum;
                return null;
            }

            return bytes;
        }
    }
}
