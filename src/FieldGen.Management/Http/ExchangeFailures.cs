using System;

namespace FieldGen.Management.Http
{
    /// <summary>
    /// What one caller of <see cref="GuardedExchange"/> throws for each way an exchange can fail: the pull
    /// a <c>PullException</c> with its FG code and hint, FieldGen.Client the <c>HttpRequestException</c>
    /// or <c>TaskCanceledException</c> its API documents. Every server text handed in has already been
    /// through <see cref="Redactor"/>'s <see cref="SecretRedactor.Quote"/>: redacted, one line, bounded.
    /// </summary>
    internal abstract class ExchangeFailures
    {
        /// <summary>Masks the secrets of this exchange; asked for only when a failure is being described.</summary>
        public abstract SecretRedactor Redactor();

        /// <summary>No whole answer (headers and body) within <paramref name="limit"/>.</summary>
        public abstract Exception Timeout(TimeSpan limit, OperationCanceledException cause);

        /// <summary>A 3xx, or an answer for another address (the caller's handler followed a redirect); <paramref name="location"/> quoted, or null.</summary>
        public abstract Exception Redirect(int status, string? location);

        /// <summary>The answer is over <paramref name="limit"/> bytes; <paramref name="start"/> is its first bytes, quoted (empty when only its Content-Length was read).</summary>
        public abstract Exception TooLarge(long limit, string start);

        /// <summary>
        /// No answer: the connection failed before the headers came. <paramref name="cause"/> is every message
        /// of <paramref name="original"/>'s chain, quoted; <paramref name="quotable"/> says that each of those
        /// messages already is what a quote of it would be (no secret, one short line), so
        /// <paramref name="original"/> may be kept or rethrown.
        /// </summary>
        public abstract Exception Unreachable(Exception original, string cause, bool quotable);

        /// <summary>The connection broke while the body was being read; the arguments as for <see cref="Unreachable"/>.</summary>
        public abstract Exception BrokeOff(Exception original, string cause, bool quotable);
    }
}
