using System.Reflection;

namespace FieldGen.Cli
{
    /// <summary>The tool's version as packed (from git, see Directory.Build.targets), printed by <c>--version</c>.</summary>
    internal static class ToolVersion
    {
        public static string InformationalVersion { get; } =
            typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
    }
}
