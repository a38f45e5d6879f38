using System;
using FieldGen.Diagnostics;
using FieldGen.Model;
using FieldGen.Parsing.Forms;
using FieldGen.Parsing.Json;

namespace FieldGen.Parsing
{
    /// <summary>
    /// Reads a schema file into <see cref="CustomFieldSpec"/>s: parses the JSON, then lets the first form
    /// of <see cref="SchemaForms.All"/> that claims the root read it (a getCustomFields response, a bare
    /// array of fields, a udfs/search response, FieldGen's normalized file...). Never throws: every
    /// problem becomes a diagnostic at its line and column.
    /// </summary>
    internal static class SchemaFileParser
    {
        public const string FormV3 = GetCustomFieldsForm.Name;
        public const string FormV2 = UdfsSearchForm.Name;
        public const string FormFieldList = SingleFieldForm.Name;
        public const string FormNormalized = NormalizedFileForm.Name;
        public const string FormInvalid = "invalid";

        public static SchemaFileSpec Parse(string path, string text, SchemaFileOptions options)
        {
            var reading = new SchemaReading(path, text, options);
            string form;
            try
            {
                form = Read(text, reading);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The readers are written not to throw; this is the last line of defence for the compiler host.
                reading.Report(DiagnosticIds.UnrecognizedSchemaForm, reading.StartOfFile, reading.FileName, "FieldGen could not read it (" + ex.GetType().Name + ")", SchemaForms.ExpectedText);
                form = FormInvalid;
            }

            return new SchemaFileSpec(path, form, options, reading.Fields.ToEquatableArray(), reading.Diagnostics.ToEquatableArray());
        }

        private static string Read(string text, SchemaReading reading)
        {
            JsonNode? root = JsonTextParser.Parse(text, out JsonSyntaxError? error);
            if (root is null)
            {
                JsonTextPosition p = error!.Position;
                reading.Report(DiagnosticIds.InvalidJson, reading.At(p.Offset, p.Line, p.Column, 1), reading.FileName, error.Message);
                return FormInvalid;
            }

            ISchemaForm? form = SchemaForms.Claiming(root);
            if (form is null)
            {
                return reading.Unrecognized(root, root.Kind == JsonNodeKind.Object
                    ? "the root object matches no form"
                    : "the root is " + JsonNodeText.WithArticle(root) + ", not an object or array");
            }

            string name = form.Read(root, reading);
            if (name != FormInvalid)
            {
                reading.Finish();
            }

            return name;
        }
    }
}
