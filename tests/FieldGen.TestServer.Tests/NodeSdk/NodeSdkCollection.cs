namespace FieldGen.TestServer.Tests;

/// <summary>Shares one SDK installation among every test that drives the Node.js SDK.</summary>
[CollectionDefinition(Name)]
public sealed class NodeSdkCollection : ICollectionFixture<NodeSdkInstallation>
{
    public const string Name = "Node.js SDK";
}
