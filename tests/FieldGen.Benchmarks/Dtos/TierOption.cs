using System.Text.Json.Serialization;

namespace FieldGen.Benchmarks.Dtos
{
    /// <summary>The options every ENUM field of the fixture has, as a developer would declare them by hand.</summary>
    public enum TierOption
    {
        [JsonStringEnumMemberName("gold")]
        Gold,
        [JsonStringEnumMemberName("silver")]
        Silver,
        [JsonStringEnumMemberName("bronze")]
        Bronze,
        [JsonStringEnumMemberName("platinum")]
        Platinum,
    }
}
