using System.Collections.Generic;
using System.Linq;
using FieldGen.Model;

namespace FieldGen.Emit
{
    internal static partial class CustomDataClassEmitter
    {
        // The label is what the admin console shows, so it is the summary; the rest goes to remarks.
        private static void WriteFieldDocs(SourceWriter w, CustomDataClassSpec spec, FieldMemberSpec field)
        {
            w.Doc("summary", string.IsNullOrWhiteSpace(field.Label) ? field.Key : field.Label!);
            var facts = new List<string> { $"{spec.TargetType} field \"{field.Key}\", data type {field.WireDataType}" };
            if (field.IsUnique)
            {
                facts.Add("values are unique");
            }

            if (field.IsEncrypted)
            {
                facts.Add("stored encrypted");
            }

            var remarks = new List<string> { string.Join("; ", facts) + ". From " + field.SourceFile + "." };
            if (!string.IsNullOrWhiteSpace(field.Description))
            {
                remarks.Add(field.Description!);
            }

            if (field.Labels.Count > 0)
            {
                remarks.Add("Labels: " + string.Join("; ", field.Labels.Select(l => l.Language + ": " + l.Value)) + ".");
            }

            if (field.DataType == FieldDataType.Json)
            {
                remarks.Add("FieldGen has no typed mapping for this data type, so the value is kept as raw JSON.");
            }

            w.Doc("remarks", string.Join("\n", remarks));
        }
    }
}
