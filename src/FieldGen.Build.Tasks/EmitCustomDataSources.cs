using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FieldGen.Emit;
using FieldGen.Merging;
using FieldGen.Model;
using FieldGen.Parsing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FieldGen.Build.Tasks
{
    /// <summary>
    /// Under <c>FieldGenEmitSources=true</c>: runs the generator's own parse -> merge -> emit steps before
    /// compile and writes one <c>.g.cs</c> per class, so other source generators (System.Text.Json's
    /// <c>JsonSerializerContext</c>, Mapperly) see the classes as ordinary source. The incremental
    /// generator then adds nothing and keeps reporting the schema diagnostics, with file, line and column,
    /// so this task reports none of them twice.
    /// </summary>
    public sealed class EmitCustomDataSources : Microsoft.Build.Utilities.Task
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The AdditionalFiles items marked <c>FieldGenSchema="true"</c>, with the generator's metadata (FieldGenNamespace, FieldGenClassName, ...).</summary>
        [Required]
        public ITaskItem[] Schemas { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project's RootNamespace.</summary>
        public string? RootNamespace { get; set; }

        /// <summary>The project's FieldGenNamespace.</summary>
        public string? FieldGenNamespace { get; set; }

        /// <summary>The folder the files are written to; other <c>.g.cs</c> files in it are deleted (classes no longer generated).</summary>
        [Required]
        public string OutputDirectory { get; set; } = string.Empty;

        /// <summary>The files written (or left unchanged).</summary>
        [Output]
        public ITaskItem[] GeneratedFiles { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            var files = new List<SchemaFileSpec>();
            foreach (ITaskItem item in Schemas)
            {
                string path = item.GetMetadata("FullPath");
                SchemaFileOptions options = SchemaFileSettings.Read(Path.GetFileName(path), name => item.GetMetadata(name), out _);
                string? text = ReadText(path);
                files.Add(text is null
                    ? new SchemaFileSpec(path, SchemaFileParser.FormInvalid, options, EquatableArray<CustomFieldSpec>.Empty, EquatableArray<DiagnosticInfo>.Empty)
                    : SchemaFileParser.Parse(path, text, options));
            }

            MergedSchema merged = SchemaMerger.Merge(files, ProjectNamespace.Resolve(RootNamespace, FieldGenNamespace, out _));
            Directory.CreateDirectory(OutputDirectory);
            var written = new List<ITaskItem>();
            foreach (CustomDataClassSpec spec in merged.Classes)
            {
                string target = Path.Combine(OutputDirectory, spec.HintName);
                WriteIfChanged(target, CustomDataClassEmitter.Emit(spec));
                written.Add(new TaskItem(target));
            }

            var keep = new HashSet<string>(written.Select(w => w.ItemSpec), StringComparer.OrdinalIgnoreCase);
            foreach (string stale in Directory.GetFiles(OutputDirectory, "*.g.cs").Where(f => !keep.Contains(f)))
            {
                File.Delete(stale);
            }

            GeneratedFiles = written.ToArray();
            Log.LogMessage(MessageImportance.Low, "FieldGen: {0} class file(s) in {1}", written.Count, OutputDirectory);
            return true;
        }

        // As the compiler reads an AdditionalFiles item: UTF-8 or a BOM-marked UTF-16/32. Anything else the
        // generator refuses (FG0001/FG0021, reported by it); here the file then contributes no field.
        private static string? ReadText(string path)
        {
            try
            {
                using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is DecoderFallbackException)
            {
                return null;
            }
        }

        // An unchanged file keeps its timestamp, so the compile that follows is not needlessly redone.
        private static void WriteIfChanged(string path, string content)
        {
            if (File.Exists(path) && string.Equals(File.ReadAllText(path, Encoding.UTF8), content, StringComparison.Ordinal))
            {
                return;
            }

            File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }
    }
}
