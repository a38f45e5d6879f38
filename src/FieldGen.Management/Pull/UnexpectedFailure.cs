using System;
using FieldGen.Management.Configuration;
using FieldGen.Management.Http;

namespace FieldGen.Management.Pull
{
    /// <summary>
    /// Turns an exception nobody expected into a pull failure (FG2007) with its redacted one-line text,
    /// so the task's and the CLI's top level never show a crash, a stack or a secret, whatever the
    /// server answered.
    /// </summary>
    internal static class UnexpectedFailure
    {
        public static PullFailure From(Exception exception, SecretRedactor redactor) =>
            new PullFailure(
                PullFailureKind.UnexpectedResponse,
                "the pull stopped on an unexpected " + exception.GetType().Name + ": " + redactor.Quote(exception.Message),
                "the schema file is unchanged; check that the host is the GenAuth API host, and report this to FieldGen with the text above if it persists");

        /// <summary>A redactor for the access key secret in the environment, for failures before a pull had its own.</summary>
        public static SecretRedactor RedactorFor(Func<string, string?> environment) =>
            new SecretRedactor(EnvironmentSettings.Trimmed(environment(EnvironmentSettings.AccessKeySecretVariable)));

        /// <summary>A diagnostic's text on one line and at most <paramref name="maxLength"/> characters: the last guard before a console or a build log.</summary>
        public static string OneLine(string text, int maxLength = 4000) => SecretRedactor.OneLine(text, maxLength);
    }
}
