using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FieldGen.Management.Pull;
using FieldGen.Parsing.Json;
using FieldGen.Wire;

namespace FieldGen.Management.Schema
{
    /// <summary>
    /// Reads the checked-in schema file and replaces it only when its content changed. "Changed"
    /// ignores <c>pulledAt</c> and line ends (a Git checkout may turn "\n" into "\r\n"), so an
    /// unchanged tenant leaves the file, its timestamp and the working tree alone.
    /// </summary>
    internal static class SchemaFileStore
    {
        /// <summary>The file's text, or null when it does not exist.</summary>
        public static string? ReadOrNull(string path)
        {
            try
            {
                return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new PullException(new PullFailure(PullFailureKind.SchemaFileAccess, "could not read " + path + " (" + ex.Message.TrimEnd('.') + ")", "check the file's permissions and that no other program holds it"), ex);
            }
        }

        /// <summary>True when <paramref name="previous"/> already says what <paramref name="schema"/> says.</summary>
        public static bool IsUpToDate(string? previous, PulledSchema schema)
        {
            if (previous is null)
            {
                return false;
            }

            string? pulledAt = PulledAtOf(previous);
            return pulledAt is not null && NormalizeLineEnds(previous) == NormalizedSchemaWriter.Render(schema, pulledAt);
        }

        /// <summary>Writes through a temporary file in the same folder, so a reader never sees half a file.</summary>
        public static void Write(string path, string text)
        {
            string fullPath = Path.GetFullPath(path);
            string temporary = fullPath + ".tmp-" + Guid.NewGuid().ToString("N").Substring(0, 8);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
                File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                if (File.Exists(fullPath))
                {
                    File.Replace(temporary, fullPath, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(temporary, fullPath);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                TryDelete(temporary);
                throw new PullException(new PullFailure(PullFailureKind.SchemaFileAccess, "could not write " + fullPath + " (" + ex.Message.TrimEnd('.') + ")", "check the folder's permissions and that no other program holds the file; the last schema file is unchanged"), ex);
            }
        }

        /// <summary>
        /// The fields per target type of a normalized file FieldGen wrote (<c>fields.USER</c>, ...), to keep
        /// the types a pull does not read; empty for no file or another form.
        /// </summary>
        public static IReadOnlyDictionary<string, IReadOnlyList<JsonNode>> FieldsByTarget(string? previous)
        {
            var fields = new Dictionary<string, IReadOnlyList<JsonNode>>();
            JsonNode? root = previous is null ? null : JsonTextParser.Parse(previous, out _);
            JsonNode? byTarget = root?.Kind == JsonNodeKind.Object && root.GetValue("fieldgenSchema") is not null ? root.GetValue("fields") : null;
            if (byTarget?.Kind != JsonNodeKind.Object)
            {
                return fields;
            }

            foreach (string target in TargetTypes.WireNames)
            {
                JsonNode? list = byTarget.GetValue(target);
                if (list?.Kind == JsonNodeKind.Array)
                {
                    fields[target] = list.Items!;
                }
            }

            return fields;
        }

        /// <summary>The file's <c>source.pulledAt</c>, or null.</summary>
        public static string? PulledAtOf(string text)
        {
            JsonNode? root = JsonTextParser.Parse(text, out _);
            JsonNode? pulledAt = root?.Kind == JsonNodeKind.Object ? root.GetValue("source")?.GetValue("pulledAt") : null;
            return pulledAt?.Kind == JsonNodeKind.String ? pulledAt.Text : null;
        }

        private static string NormalizeLineEnds(string text) => text.Replace("\r\n", "\n");

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
