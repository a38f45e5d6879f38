using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>Collects what a run against the hostile tenant produced and what went wrong, so one test reports every failed scenario at once.</summary>
    internal sealed class HostileOutcome
    {
        /// <summary>The longest line FieldGen may print for one diagnostic: its own text plus a few hundred quoted characters.</summary>
        public const int MaxLineLength = 1200;

        private readonly List<(string Name, byte[] Bytes)> _places = new();

        public List<string> Problems { get; } = new();

        public int Scenarios { get; private set; }

        public void Count() => Scenarios++;

        public void AddPlace(string name, string text) => _places.Add((name, Encoding.UTF8.GetBytes(text)));

        public void AddPlace(string name, byte[] bytes) => _places.Add((name, bytes));

        public void AddFiles(string directory)
        {
            foreach (string file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
            {
                _places.Add((file, File.ReadAllBytes(file)));
            }
        }

        public void Expect(bool condition, string scenario, string what)
        {
            if (!condition)
            {
                Problems.Add(scenario + ": " + what);
            }
        }

        /// <summary>Every credential in every form, in every place collected; plus no other host reached and no injected header.</summary>
        public void ScanFor(HostileTenant tenant)
        {
            string[] credentials = tenant.Credentials().Distinct().ToArray();
            foreach ((string name, byte[] bytes) in _places)
            {
                foreach (string credential in credentials)
                {
                    string? found = LeakScanner.Find(bytes, credential);
                    if (found is not null)
                    {
                        Problems.Add("a credential (" + credential[..Math.Min(10, credential.Length)] + "...) is in " + name + ": " + found);
                    }
                }
            }

            Expect(tenant.Elsewhere.Received.IsEmpty, "redirects", "the other host received " + tenant.Elsewhere.Received.Count + " request(s)");
            Expect(!tenant.Server.Received.Any(r => r.Headers.Any(h => h.Key == "x-injected")), "header injection", "the server received an injected header");
        }

        public void AssertClean() => Assert.True(Problems.Count == 0, Problems.Count + " problem(s) in " + Scenarios + " scenarios:\n" + string.Join("\n", Problems.Take(60)));
    }
}
