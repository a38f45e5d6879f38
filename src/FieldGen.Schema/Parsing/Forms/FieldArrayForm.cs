using FieldGen.Parsing.Json;

namespace FieldGen.Parsing.Forms
{
    /// <summary>
    /// A bare array of fields, or of whole responses (a script that saved getCustomFields once per
    /// target type into one array); both may mix in one file.
    /// </summary>
    internal sealed class FieldArrayForm : ISchemaForm
    {
        public string Description => "a bare array of fields (or of responses)";

        public bool Claims(JsonNode root) => root.Kind == JsonNodeKind.Array;

        public string Read(JsonNode root, SchemaReading reading)
        {
            bool sawResponse = false;
            foreach (JsonNode item in root.Items!)
            {
                if (IsResponse(item, out EnvelopeNode? response))
                {
                    sawResponse = true;
                    reading.ReadResponse(response!);
                    continue;
                }

                reading.ReadField(item, defaultTarget: null, isV2: false);
            }

            return sawResponse ? GetCustomFieldsForm.Name : SingleFieldForm.Name;
        }

        // A field has a key; a response has a status and data.
        private static bool IsResponse(JsonNode item, out EnvelopeNode? response)
        {
            response = item.GetValue("key") is null && item.GetValue(Wire.GenAuthEnvelope.Data) is not null ? EnvelopeNode.Of(item) : null;
            return response is not null;
        }
    }
}
