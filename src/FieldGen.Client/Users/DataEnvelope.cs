namespace FieldGen.Client
{
    /// <summary>A success envelope's <c>data</c>, read straight into its type (the status was checked before).</summary>
    internal sealed class DataEnvelope<TData>
        where TData : class
    {
        public TData? Data { get; set; }
    }
}
