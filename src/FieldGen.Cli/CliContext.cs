using System;
using System.IO;
using System.Threading;

namespace FieldGen.Cli
{
    /// <summary>What a command may touch: its output streams, the environment (for credentials) and cancellation. Tests pass their own.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken)
        {
            Output = output;
            Error = error;
            Environment = environment;
            CancellationToken = cancellationToken;
        }

        public TextWriter Output { get; }

        public TextWriter Error { get; }

        public Func<string, string?> Environment { get; }

        public CancellationToken CancellationToken { get; }
    }
}
