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

        /// <summary>The failure envelope's <c>statusCode</c>, when the server answered one.</summary>
        public int? EnvelopeStatusCode { get; set; }

        /// <summary>The call whose failure envelope this is (<c>get-custom-fields (GROUP)</c>), when the server answered one.</summary>
        public string? EnvelopeCall { get; set; }

        /// <summary>The failure envelope's <c>apiCode</c>, when the server answered one.</summary>
        public int? EnvelopeApiCode { get; set; }

        /// <summary>
        /// The server refused the request itself (a 4xx failure envelope other than 401, 403 and 429), as
        /// get-custom-fields refuses GROUP: asking again will not help, unlike a throttle or an outage.
        /// A signature or credential error (apiCode 1300-1306, 2333) refuses every type alike, so it is not one.
        /// </summary>
        public bool IsRefusal =>
            Kind == PullFailureKind.FailureEnvelope
            && EnvelopeStatusCode is >= 400 and < 500 and not 429
            && EnvelopeApiCode is not (>= 1300 and <= 1306) and not 2333;

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
