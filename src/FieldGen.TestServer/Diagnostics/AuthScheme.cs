namespace FieldGen.TestServer;

/// <summary>How a request tried to authenticate.</summary>
public enum AuthScheme
{
    /// <summary>No <c>authorization</c> header, or an endpoint that needs none (get-management-token).</summary>
    None,

    /// <summary>A management token: <c>Bearer &lt;token&gt;</c> or the bare token.</summary>
    Bearer,

    /// <summary>An HMAC-SHA1 signed request: <c>authing &lt;accessKeyId&gt;:&lt;signature&gt;</c>.</summary>
    Signature,
}
