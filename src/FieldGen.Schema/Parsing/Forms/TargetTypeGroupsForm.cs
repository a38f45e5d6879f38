using System.Linq;
using FieldGen.Parsing.Json;
using FieldGen.Wire;

namespace FieldGen.Parsing.Forms
{
    /// <summary><c>{ "USER": [...], "ROLE": [...] }</c>: one getCustomFields result per target type, saved by a script.</summary>
    internal sealed class TargetTypeGroupsForm : ISchemaForm
    {
        public string Description => "an object keyed by target type ('USER': [...])";

        public bool Claims(JsonNode root) =>
            root.Kind == JsonNodeKind.Object
            && root.Properties!.Count > 0
            && root.Properties.All(p => TargetTypes.IsKnown(p.Name.ToUpperInvariant()));

        public string Read(JsonNode root, SchemaReading reading)
        {
            reading.ReadFieldGroups(root, pathPrefix: string.Empty);
            return SingleFieldForm.Name;
        }
    }
}
