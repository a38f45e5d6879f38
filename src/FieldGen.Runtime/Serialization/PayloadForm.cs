namespace FieldGen.Serialization
{
    /// <summary>Which form of a GetCustomData payload a read expects at the root.</summary>
    internal enum PayloadForm
    {
        /// <summary>The envelope or its data object, told apart as <see cref="GetCustomDataEnvelope"/> says.</summary>
        Detect,

        /// <summary>The whole response envelope; root members other than the envelope's are ignored.</summary>
        Envelope,

        /// <summary>The data object: every root member is a custom field value.</summary>
        DataObject,
    }
}
