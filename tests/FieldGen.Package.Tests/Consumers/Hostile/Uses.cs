/// <summary>Uses every class the hostile schemas generate, so the build proves each exists and compiles.</summary>
public static class Uses
{
    /// <summary>Namespaces that differ only in case both generate.</summary>
    public static string? Both(Acme.Hr.UserCustomData lower, Acme.HR.UserCustomData upper) => lower.Note + upper.Note;

    /// <summary>A key and options past the metadata name limit generate shortened names.</summary>
    public static string LongNames() => Long.UserCustomData.FromJson("{}").ToJson();
}
