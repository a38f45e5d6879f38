namespace FieldGen.Model
{
    /// <summary>
    /// A diagnostic to report, kept as plain values (ID, location, message arguments) so it can be
    /// cached and so the parsing code needs no Roslyn types.
    /// </summary>
    internal readonly record struct DiagnosticInfo(string Id, SchemaLocation? Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(string id, SchemaLocation? location, params string[] messageArgs) =>
            new DiagnosticInfo(id, location, new EquatableArray<string>(messageArgs));
    }
}
