namespace FieldGen.Analyzers.Tests.Support
{
    /// <summary>
    /// A stand-in for the official GenAuth (Authing) C# SDK, Authing.CSharp.SDK, which the package
    /// registry here does not serve: the same namespace, type and member names and member types as its
    /// Models/SetCustomDataDto.cs and Models/SetCustomDataReqDto.cs (Value is a string there; the target
    /// type a nested enum named targetType). Compiled as an assembly of its own that the test project
    /// references, so the analyzers see it only as metadata, as they would the real package.
    /// </summary>
    internal static class OfficialSdk
    {
        public const string ProjectName = "Authing.CSharp.SDK";

        public const string Source = """
            using System.Collections.Generic;

            namespace Authing.CSharp.SDK.Models
            {
                public partial class SetCustomDataDto
                {
                    public string TenantId { get; set; }
                    public string Key { get; set; }
                    public string Value { get; set; }
                }

                public partial class SetCustomDataReqDto
                {
                    public List<SetCustomDataDto> List { get; set; }
                    public string TargetIdentifier { get; set; }
                    public targetType TargetType { get; set; }
                    public string Namespace { get; set; }

                    public enum targetType
                    {
                        USER,
                        ROLE,
                        GROUP,
                        DEPARTMENT,
                    }
                }

                public class IsSuccessRespDto { }
            }

            namespace Authing.CSharp.SDK.Services
            {
                using Authing.CSharp.SDK.Models;

                public class ManagementClient
                {
                    public IsSuccessRespDto SetCustomData(SetCustomDataReqDto reqDto) => new IsSuccessRespDto();
                }
            }
            """;

        /// <summary>Adds the stand-in SDK to <paramref name="test"/> as a referenced assembly.</summary>
        public static T WithOfficialSdk<T>(this T test)
            where T : Microsoft.CodeAnalysis.Testing.AnalyzerTest<Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            test.TestState.AdditionalProjects[ProjectName].Sources.Add(Source);
            test.TestState.AdditionalProjectReferences.Add(ProjectName);
            return test;
        }
    }
}
