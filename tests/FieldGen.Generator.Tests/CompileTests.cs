using System.Collections.Generic;
using System.Linq;
using FieldGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FieldGen.Generator.Tests
{
    /// <summary>
    /// The generated code plus code that uses it must compile with no warning (nullable on) for each
    /// kind of consumer: net10.0, net8.0 and netstandard2.0 (with the System.Text.Json package, C# 8).
    /// </summary>
    public class CompileTests
    {
        private const string Usage = @"
using System;
using FieldGen;
using TestApp;

public static class Usage
{
    public static string Run()
    {
        UserCustomData user = UserCustomData.FromJson(""{\""statusCode\"":200,\""data\"":{\""age\"":18,\""school\"":\""pku\""}}"");
        double? age = user.Age;
        user.SchoolValue = UserCustomData.School.Pku;
        bool isPku = user.SchoolValue == UserCustomData.School.Pku;
        UserCustomData.School? school = user.SchoolValue?.Option;
        string? raw = user.SchoolValue?.RawValue;
        user.HiredAt = DateTimeOffset.UtcNow;
        user.IsActive = true;
        user.UserId = ""u-1"";
        user.UserId_2 = null;
        user.Class = ""A"";
        user._1stPlace = ""gold"";
        user.学校 = ""北大"";
        user.LevelValue = UserCustomData.Level._1;
        System.Text.Json.JsonElement? address = user.Address;
        string key = UserCustomData.Keys.School;
        RoleCustomData role = new RoleCustomData { CostCenter = ""cc"", MaxMembers = 10 };
        GroupCustomData group = new GroupCustomData { RegionValue = GroupCustomData.Region.CnNorth };
        DepartmentCustomData department = new DepartmentCustomData { Remote = false };
        SetCustomDataRequest request = role.ToSetCustomDataRequest(""admin"", @namespace: ""default"");
        return request.ToJson() + user.ToSetCustomDataRequest(""u1"").ToJson() + group.ToJson() + department.ToJson()
            + age + isPku + school + raw + key + address;
    }
}";

        public static IEnumerable<object[]> Consumers() => new[]
        {
            new object[] { "net10.0", LanguageVersion.Latest },
            new object[] { "net8.0", LanguageVersion.CSharp12 },
            new object[] { "netstandard2.0", LanguageVersion.CSharp8 },
        };

        [Theory]
        [MemberData(nameof(Consumers))]
        public void Generated_code_and_its_use_compile_without_warnings(string targetFramework, LanguageVersion languageVersion)
        {
            IReadOnlyList<MetadataReference> references = targetFramework switch
            {
                "net8.0" => ReferenceSets.Net80,
                "netstandard2.0" => ReferenceSets.NetStandard20,
                _ => ReferenceSets.Net10,
            };

            GeneratorRun run = GeneratorHarness.Run(
                new[] { Examples.File("rich.get-custom-fields.json"), Examples.File("v3-get-custom-fields.doc-sample.json", new Dictionary<string, string> { ["Namespace"] = "DocSample" }) },
                Usage,
                references,
                languageVersion);

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(run.CompilationErrorsAndWarnings.Select(d => d.ToString()));
            Assert.Equal(5, run.Result.Results.Single().GeneratedSources.Length);
        }

        [Fact]
        public void CSharp7_consumer_gets_FG0011_and_no_generated_code()
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { Examples.File("v3-get-custom-fields.doc-sample.json") }, string.Empty, ReferenceSets.NetStandard20, LanguageVersion.CSharp7_3);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0011");
            Assert.Contains("7.3", diagnostic.GetMessage());
            Assert.Empty(run.Result.Results.Single().GeneratedSources);
        }

        [Fact]
        public void Consumer_without_the_runtime_library_gets_FG0012()
        {
            List<MetadataReference> withoutRuntime = ReferenceSets.Net10.Where(r => !r.Display!.EndsWith("FieldGen.Runtime.dll", System.StringComparison.Ordinal)).ToList();

            GeneratorRun run = GeneratorHarness.Run(new[] { Examples.File("v3-get-custom-fields.doc-sample.json") }, string.Empty, withoutRuntime);

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "FG0012");
            Assert.Empty(run.Result.Results.Single().GeneratedSources);
        }

        [Fact]
        public void Generated_code_is_identical_across_cultures()
        {
            var previous = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
                string turkish = GeneratorHarness.Run(Examples.File("rich.get-custom-fields.json")).Source("UserCustomData.g.cs");
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
                string invariant = GeneratorHarness.Run(Examples.File("rich.get-custom-fields.json")).Source("UserCustomData.g.cs");

                Assert.Equal(invariant, turkish);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }
    }
}
