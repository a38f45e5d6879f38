using System;
using System.Collections.Generic;
using FieldGen.Pull.Tests.Infrastructure;
using FieldGen.TestServer;

namespace FieldGen.Pull.Tests.Build
{
    /// <summary>One way a pull can fail, set up on the test server or in the environment, and the FG code it must produce.</summary>
    internal static class PullFailureSetup
    {
        public const string NoNetwork = "no network";
        public const string Timeout = "timeout";
        public const string Unauthorized = "401";
        public const string Forbidden = "403";
        public const string ServerError = "500";
        public const string NotJson = "non-JSON body";
        public const string FailureEnvelope = "failure envelope";
        public const string NoCredentials = "no credentials";

        /// <summary>Arranges <paramref name="failure"/>; returns the child build's environment and extra arguments.</summary>
        public static (Dictionary<string, string> Environment, string[] Arguments) Arrange(string failure, GenAuthTestServer server)
        {
            Dictionary<string, string> environment = SeededTenant.Environment(server);
            string[] arguments = Array.Empty<string>();
            switch (failure)
            {
                case NoNetwork:
                    environment["FIELDGEN_HOST"] = ClosedPort.Address();
                    break;
                case Timeout:
                    server.Faults.Add(new InjectedFault { Path = "/api/v3/get-custom-fields", Delay = TimeSpan.FromSeconds(3) });
                    arguments = new[] { "-p:FieldGenPullTimeout=0.5" };
                    break;
                case Unauthorized:
                    environment["FIELDGEN_ACCESS_KEY_SECRET"] = "not-the-secret-" + server.AccessKeySecret.Length;
                    break;
                case Forbidden:
                    server.Faults.Add(new InjectedFault { HttpStatusCode = 403 });
                    break;
                case ServerError:
                    server.Faults.Add(new InjectedFault { HttpStatusCode = 500 });
                    break;
                case NotJson:
                    server.Faults.Add(new InjectedFault { GarbageBody = true });
                    break;
                case FailureEnvelope:
                    server.Faults.Add(new InjectedFault { Envelope = new FailureEnvelope(429, 4290, "Throttle") });
                    break;
                case NoCredentials:
                    environment.Remove("FIELDGEN_ACCESS_KEY_ID");
                    environment.Remove("FIELDGEN_ACCESS_KEY_SECRET");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(failure), failure, null);
            }

            return (environment, arguments);
        }
    }
}
