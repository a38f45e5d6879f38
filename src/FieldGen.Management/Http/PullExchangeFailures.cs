using System;
using System.Globalization;
using FieldGen.Management.Configuration;
using FieldGen.Management.Pull;

namespace FieldGen.Management.Http
{
    /// <summary>The pull's names for the failures of one <see cref="GuardedExchange"/>: a <see cref="PullException"/> with its FG code and what to do.</summary>
    internal sealed class PullExchangeFailures : ExchangeFailures
    {
        private readonly string _call;
        private readonly string _host;
        private readonly SecretRedactor _redactor;

        /// <param name="call">How messages name the call (<c>get-custom-fields</c>).</param>
        /// <param name="connection">The host the call went to.</param>
        /// <param name="redactor">Masks the secret and every token of the pull.</param>
        public PullExchangeFailures(string call, GenAuthConnection connection, SecretRedactor redactor)
        {
            _call = call;
            _host = GenAuthHost.Display(connection.Host);
            _redactor = redactor;
        }

        public override SecretRedactor Redactor() => _redactor;

        public override Exception Timeout(TimeSpan limit, OperationCanceledException cause) =>
            new PullException(new PullFailure(
                PullFailureKind.Timeout,
                _call + " at " + _host + " did not answer within " + limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s (the whole answer, body included)",
                "check the network and the host; raise the timeout (FieldGenPullTimeout, --timeout) on a slow link"));

        public override Exception Redirect(int status, string? location) =>
            new PullException(new PullFailure(
                PullFailureKind.UnexpectedResponse,
                _call + " at " + _host + " answered HTTP " + status.ToString(CultureInfo.InvariantCulture) + ", a redirect"
                    + (location is null ? string.Empty : " to '" + location + "'")
                    + "; FieldGen follows no redirect, so nothing was sent there",
                "set the host (FieldGenHost, --host or " + EnvironmentSettings.HostVariable + ") to the address the GenAuth API answers at itself"));

        public override Exception TooLarge(long limit, string start) =>
            new PullException(new PullFailure(
                PullFailureKind.UnexpectedResponse,
                _call + " at " + _host + " answered more than " + limit.ToString(CultureInfo.InvariantCulture) + " bytes; FieldGen stopped reading" + (start.Length == 0 ? string.Empty : ": '" + start + "'"),
                "check that the host is the GenAuth API host; raise " + AnswerCaps.SchemaAnswerVariable + " (or " + AnswerCaps.TokenAnswerVariable + ") only for a tenant whose schema really is that large"));

        public override Exception Unreachable(Exception original, string cause, bool quotable) =>
            new PullException(new PullFailure(
                PullFailureKind.Unreachable,
                "could not reach " + _host + " for " + _call + " (" + cause + ")",
                "check the network, a proxy (HTTPS_PROXY) and the host (FieldGenHost or " + EnvironmentSettings.HostVariable + ")"));

        // The host was reached: "could not reach" and "check the host" would send the user the wrong way.
        public override Exception BrokeOff(Exception original, string cause, bool quotable) =>
            new PullException(new PullFailure(
                PullFailureKind.Unreachable,
                "the answer of " + _call + " at " + _host + " broke off (" + cause + ")",
                "check the network and a proxy (HTTPS_PROXY), then pull again"));
    }
}
