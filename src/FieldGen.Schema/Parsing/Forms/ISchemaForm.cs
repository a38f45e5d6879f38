using FieldGen.Parsing.Json;

namespace FieldGen.Parsing.Forms
{
    /// <summary>
    /// One shape a schema file can have (a getCustomFields response, a bare field list...). The parser
    /// tries the forms of <see cref="SchemaForms.All"/> in order; the first that claims the root reads it.
    /// </summary>
    internal interface ISchemaForm
    {
        /// <summary>What FG0002 lists when a file is none of the forms: "a getCustomFields response".</summary>
        string Description { get; }

        /// <summary>True when <paramref name="root"/> is of this form (a cheap look at its kind and members).</summary>
        bool Claims(JsonNode root);

        /// <summary>Reads the fields of a root this form claims into <paramref name="reading"/>; the form's name (<see cref="SchemaFileParser"/>'s <c>Form*</c>), or <see cref="SchemaFileParser.FormInvalid"/>.</summary>
        string Read(JsonNode root, SchemaReading reading);
    }
}
