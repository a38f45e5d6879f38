using System;
using FieldGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FieldGen.Parsing
{
    /// <summary>
    /// An AdditionalFiles item marked as a FieldGen schema (by the package's props, from a
    /// <c>FieldGenSchema</c> item), with its per-file settings read from item metadata.
    /// </summary>
    internal sealed record SchemaInput(AdditionalText File, SchemaFileOptions Options, EquatableArray<DiagnosticInfo> OptionDiagnostics)
    {
        private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

        public static bool IsSchema(AnalyzerConfigOptions options) =>
            options.TryGetValue(MetadataPrefix + "FieldGenSchema", out string? flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

        public static SchemaInput Create(AdditionalText file, AnalyzerConfigOptions options)
        {
            SchemaFileOptions fileOptions = SchemaFileSettings.Read(
                System.IO.Path.GetFileName(file.Path),
                name => options.TryGetValue(MetadataPrefix + name, out string? value) ? value : null,
                out EquatableArray<DiagnosticInfo> problems);
            return new SchemaInput(file, fileOptions, problems);
        }
    }
}
