using System;

namespace FieldGen.Management.Pull
{
    /// <summary>What went wrong in a pull (<see cref="Problem"/>) and what the user can do about it (<see cref="Advice"/>), with its FG code.</summary>
    internal sealed class PullFailure
    {
        public PullFailure(PullFailureKind kind, string problem, string advice)
        {
            Kind = kind;
            Problem = problem;
            Advice = advice;
        }

        public PullFailureKind Kind { get; }

        public string Code => PullDiagnosticCodes.For(Kind);

        public string Problem { get; }

        public string Advice { get; }

        /// <summary>The advice as a sentence: capitalized, with a full stop.</summary>
        public string AdviceSentence => (Advice.Length == 0 ? Advice : char.ToUpperInvariant(Advice[0]) + Advice.Substring(1)) + ".";

        public override string ToString() => Code + ": " + Problem + ". " + AdviceSentence;
    }

    /// <summary>Carries a <see cref="PullFailure"/> out of the HTTP and file code to the task or CLI, which report it.</summary>
    internal sealed class PullException : Exception
    {
        public PullException(PullFailure failure, Exception? inner = null)
            : base(failure.ToString(), inner)
        {
            Failure = failure;
        }

        public PullFailure Failure { get; }
    }
}
