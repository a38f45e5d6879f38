using Xunit;

namespace FieldGen.Package.Tests
{
    /// <summary>One pack per test run, shared by every package test class (which then run one after another).</summary>
    [CollectionDefinition(Name)]
    public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
    {
        public const string Name = "packed FieldGen";
    }
}
