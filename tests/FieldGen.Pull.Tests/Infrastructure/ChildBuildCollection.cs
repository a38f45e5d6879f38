namespace FieldGen.Pull.Tests.Infrastructure
{
    /// <summary>Tests that run child builds of the one <see cref="ConsumerProject"/>: they share it, so they run one after another.</summary>
    [CollectionDefinition(Name)]
    public sealed class ChildBuildCollection : ICollectionFixture<ConsumerProject>
    {
        public const string Name = "child dotnet builds";
    }
}
