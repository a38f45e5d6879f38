using System.Threading;

namespace FieldGen.TestServer;

/// <summary>Running totals of what the server did. Thread-safe.</summary>
public sealed class ServerCounters
{
    private int _requests;
    private int _managementTokensIssued;
    private int _unauthorized;
    private int _signedRequestsVerified;
    private int _bearerRequestsAccepted;
    private int _faultsInjected;

    /// <summary>Every request answered.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Management tokens issued by get-management-token.</summary>
    public int ManagementTokensIssued => Volatile.Read(ref _managementTokensIssued);

    /// <summary>Answers whose envelope <c>statusCode</c> was 401 (any scheme, and bad credentials at get-management-token).</summary>
    public int Unauthorized => Volatile.Read(ref _unauthorized);

    /// <summary>Signed requests whose signature, timestamp and nonce verified.</summary>
    public int SignedRequestsVerified => Volatile.Read(ref _signedRequestsVerified);

    /// <summary>Requests accepted on a management token.</summary>
    public int BearerRequestsAccepted => Volatile.Read(ref _bearerRequestsAccepted);

    /// <summary>Requests an <see cref="InjectedFault"/> applied to.</summary>
    public int FaultsInjected => Volatile.Read(ref _faultsInjected);

    internal void CountRequest() => Interlocked.Increment(ref _requests);

    internal void CountTokenIssued() => Interlocked.Increment(ref _managementTokensIssued);

    internal void CountUnauthorized() => Interlocked.Increment(ref _unauthorized);

    internal void CountSignedVerified() => Interlocked.Increment(ref _signedRequestsVerified);

    internal void CountBearerAccepted() => Interlocked.Increment(ref _bearerRequestsAccepted);

    internal void CountFaultInjected() => Interlocked.Increment(ref _faultsInjected);
}
