using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FieldGen.Model;
using FieldGen.Parsing;

namespace FieldGen.TestServer;

/// <summary>
/// Seeds a store from a schema export in any form FieldGen reads (getCustomFields response, field
/// list, object keyed by target type, udfs/search, FieldGen's normalized file), through the
/// generator's own parser, so the server and the build agree on what a file says.
/// </summary>
internal static class SchemaSeed
{
    /// <summary>The fields of <paramref name="path"/>; null with <paramref name="problem"/> (file, line and column) when it cannot be read.</summary>
    public static IReadOnlyList<CustomField>? Read(string path, out string? problem)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read {path}: {ex.Message}";
            return null;
        }

        var options = new SchemaFileOptions(null, null, IncludeBuiltInFields: false, new EquatableArray<string>(Array.Empty<string>()));
        SchemaFileSpec schema = SchemaFileParser.Parse(path, text, options);
        if (schema.Form == SchemaFileParser.FormInvalid)
        {
            DiagnosticInfo first = schema.Diagnostics.FirstOrDefault();
            string where = first.Location is SchemaLocation location ? location.Display : Path.GetFileName(path);
            problem = $"{where}: {first.Id ?? "FG0002"} {string.Join(", ", first.MessageArgs)}: not a schema file FieldGen reads";
            return null;
        }

        problem = null;
        return schema.Fields.Select(ToField).ToList();
    }

    private static CustomField ToField(CustomFieldSpec spec) => new()
    {
        TargetType = spec.TargetType,
        Key = spec.Key,
        DataType = spec.WireDataType,
        Label = spec.Label,
        Description = spec.Description,
        IsUnique = spec.IsUnique,
        Encrypted = spec.IsEncrypted ? true : null,
        // What the file says about who sees and edits the field is served back as it was read, so a
        // pull from this server gives the flags the export had.
        UserEditable = spec.IsUserEditable ? true : null,
        VisibleInAdminConsole = spec.IsVisibleInAdminConsole,
        VisibleInUserCenter = spec.IsVisibleInUserCenter ? true : null,
        I18n = LabelsObject(spec.Labels),
        Options = spec.Options.Count == 0 ? null : spec.Options.Select(ToOption).ToList(),
    };

    private static CustomFieldOption ToOption(CustomFieldOptionSpec option) =>
        new(option.Value, option.Label ?? option.Value) { I18n = LabelsObject(option.Labels) };

    private static JsonObject? LabelsObject(EquatableArray<LocalizedLabel> labels) =>
        labels.Count == 0 ? null : new JsonObject { ["label"] = Labels(labels) };

    private static JsonObject Labels(EquatableArray<LocalizedLabel> spec)
    {
        var labels = new JsonObject();
        foreach (LocalizedLabel label in spec)
        {
            labels[label.Language] = new JsonObject { ["enabled"] = true, ["value"] = label.Value };
        }

        return labels;
    }
}
