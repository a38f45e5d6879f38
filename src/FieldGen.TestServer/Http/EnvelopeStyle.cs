namespace FieldGen.TestServer;

/// <summary>Which envelope an endpoint answers with: V3 has <c>statusCode</c>, the older V2 has <c>code</c>.</summary>
internal enum EnvelopeStyle
{
    V3,
    V2,
}
