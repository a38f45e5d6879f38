namespace FieldGen.Pull.Tests.Infrastructure
{
    /// <summary>How a child process ended, with everything it printed (stdout then stderr).</summary>
    public sealed record ProcessResult(int ExitCode, string Output)
    {
        public override string ToString() => "exit code " + ExitCode + "\n" + Output;
    }
}
