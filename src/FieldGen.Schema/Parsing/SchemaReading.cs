using System;
using System.Collections.Generic;
using System.Linq;
using FieldGen.Diagnostics;
using FieldGen.Model;
using FieldGen.Parsing.Json;

namespace FieldGen.Parsing
{
    /// <summary>
    /// One schema file being read: the fields found so far, the diagnostics at their line and column, and
    /// the readers every form shares (a field, a list of fields, fields grouped by target type, a
    /// response envelope). A form (<see cref="Forms.ISchemaForm"/>) says where in the file they are.
    /// </summary>
    internal sealed partial class SchemaReading
    {
        private readonly string _text;
        private readonly SchemaFileOptions _options;
        private readonly List<CustomFieldSpec> _fields = new List<CustomFieldSpec>();
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();

        public SchemaReading(string path, string text, SchemaFileOptions options)
        {
            Path = path;
            _text = text;
            _options = options;
        }

        public string Path { get; }

        public string FileName => System.IO.Path.GetFileName(Path);

        public IReadOnlyList<CustomFieldSpec> Fields => _fields;

        public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

        public void Report(string id, SchemaLocation? location, params string[] messageArgs) =>
            _diagnostics.Add(DiagnosticInfo.Create(id, location, messageArgs));

        /// <summary>FG0002 at <paramref name="node"/>: the file is none of the forms, for the reason <paramref name="problem"/>.</summary>
        public string Unrecognized(JsonNode node, string problem)
        {
            Report(DiagnosticIds.UnrecognizedSchemaForm, At(node), FileName, problem, Forms.SchemaForms.ExpectedText);
            return SchemaFileParser.FormInvalid;
        }

        /// <summary>An object whose members are target types, each an array of that type's fields.</summary>
        public void ReadFieldGroups(JsonNode groups, string pathPrefix)
        {
            foreach (JsonProperty group in groups.Properties!)
            {
                if (group.Value.Kind != JsonNodeKind.Array)
                {
                    Unrecognized(group.Value, $"'{pathPrefix}{group.Name}' is {JsonNodeText.WithArticle(group.Value)}, expected an array of fields");
                    continue;
                }

                ReadFieldArray(group.Value, defaultTarget: group.Name, isV2: false);
            }
        }

        public void ReadFieldArray(JsonNode array, string? defaultTarget, bool isV2)
        {
            foreach (JsonNode item in array.Items!)
            {
                ReadField(item, defaultTarget, isV2);
            }
        }

        /// <summary>
        /// The fields of a response: FG0014 when its status is no success (200 as JavaScript reads it),
        /// FG0002 when it has no usable <c>data</c>. False when no field could be read from it.
        /// </summary>
        public bool ReadResponse(EnvelopeNode envelope)
        {
            if (!envelope.IsSuccess)
            {
                string message = envelope.Root.GetValue(Wire.GenAuthEnvelope.Message)?.Text ?? "no message";
                Report(DiagnosticIds.FailureResponse, At(envelope.Status), FileName, envelope.Status.Text ?? JsonNodeText.Describe(envelope.Status), message);
                return false;
            }

            JsonNode? data = envelope.Data;
            if (data is null)
            {
                Unrecognized(envelope.Root, "the response has no 'data' member");
                return false;
            }

            return ReadResponseData(data, envelope.IsV2);
        }

        /// <summary>
        /// A response's <c>data</c>: an array of fields, null (no fields), the V2 <c>{ list: [...] }</c>, or,
        /// as the published getCustomFields sample shows, one field object.
        /// </summary>
        public bool ReadResponseData(JsonNode data, bool isV2)
        {
            switch (data.Kind)
            {
                case JsonNodeKind.Array:
                    ReadFieldArray(data, defaultTarget: null, isV2);
                    return true;
                case JsonNodeKind.Null:
                    return true;
                case JsonNodeKind.Object when data.GetValue("list") is JsonNode list:
                    // V2 udfs/search: data.list holds the fields.
                    if (list.Kind != JsonNodeKind.Array)
                    {
                        Unrecognized(list, "'data.list' is " + JsonNodeText.WithArticle(list) + ", expected an array of fields");
                        return false;
                    }

                    ReadFieldArray(list, defaultTarget: null, isV2: true);
                    return true;
                case JsonNodeKind.Object:
                    ReadField(data, defaultTarget: null, isV2);
                    return true;
                default:
                    Unrecognized(data, "'data' is " + JsonNodeText.WithArticle(data) + ", expected an array of fields");
                    return false;
            }
        }

        /// <summary>FG0015 when a file of a known form yielded no field and nothing else explains why.</summary>
        public void Finish()
        {
            if (_fields.Count == 0 && !_diagnostics.Any(d => d.Id is not (DiagnosticIds.UntypedDataType or DiagnosticIds.UnknownDataType)))
            {
                Report(DiagnosticIds.EmptySchema, StartOfFile, FileName);
            }
        }

        public SchemaLocation StartOfFile => At(0, 0, 0, 1);

        public SchemaLocation At(JsonNode node)
        {
            // Containers are marked at their opening character: a whole object would underline pages.
            int length = node.Kind is JsonNodeKind.Object or JsonNodeKind.Array ? 1 : Math.Max(1, node.Length);
            return At(node.Start.Offset, node.Start.Line, node.Start.Column, length);
        }

        public SchemaLocation At(int offset, int line, int column, int length)
        {
            int safeLength = Math.Max(0, Math.Min(length, _text.Length - offset));
            return new SchemaLocation(Path, offset, safeLength, line, column, line, column + safeLength);
        }
    }
}
