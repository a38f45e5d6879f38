using System.Collections.Generic;
using System.Threading.Tasks;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Infrastructure
{
    /// <summary>Starts a test server with a small schema: USER school (ENUM pku, mit), age, nickname; ROLE level; DEPARTMENT cost_center.</summary>
    internal static class SeededTenant
    {
        /// <remarks>GROUP is served unless <paramref name="options"/> say otherwise: these tests are about other things than its refusal.</remarks>
        public static async Task<GenAuthTestServer> StartAsync(GenAuthTestServerOptions? options = null)
        {
            GenAuthTestServer server = await GenAuthTestServer.StartAsync(options ?? new GenAuthTestServerOptions { AllowGroupCustomFields = true });
            server.Store.SeedCustomField(School(new CustomFieldOption("pku", "Peking University"), new CustomFieldOption("mit", "MIT")));
            server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "age", DataType = "NUMBER", Label = "Age" });
            server.Store.SeedCustomField(new CustomField { TargetType = "USER", Key = "nickname", DataType = "STRING", Label = "Nickname" });
            server.Store.SeedCustomField(new CustomField { TargetType = "ROLE", Key = "level", DataType = "NUMBER", Label = "Level" });
            server.Store.SeedCustomField(new CustomField { TargetType = "DEPARTMENT", Key = "cost_center", DataType = "STRING", Label = "Cost center" });
            return server;
        }

        public static CustomField School(params CustomFieldOption[] options) =>
            new() { TargetType = "USER", Key = "school", DataType = "ENUM", Label = "School", Options = options };

        /// <summary>The variables a pull reads: credentials and host, as a CI job would set them.</summary>
        public static Dictionary<string, string> Environment(GenAuthTestServer server) => new()
        {
            ["FIELDGEN_ACCESS_KEY_ID"] = server.AccessKeyId,
            ["FIELDGEN_ACCESS_KEY_SECRET"] = server.AccessKeySecret,
            ["FIELDGEN_HOST"] = server.BaseAddress.ToString(),
        };
    }
}
