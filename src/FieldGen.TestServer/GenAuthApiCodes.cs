namespace FieldGen.TestServer;

/// <summary>
/// The <c>apiCode</c> values this server puts in failure envelopes. 1300-1306 and 2333 follow the
/// GenAuth contract; the others are this server's own choice, since the contract fixes none.
/// </summary>
public static class GenAuthApiCodes
{
    /// <summary>Signed request: the signature does not match the request (statusCode 401).</summary>
    public const int BadSignature = 1300;

    /// <summary>Signed request: the <c>authorization</c> header is not <c>authing id:signature</c>, or the signature method or version is not HMAC-SHA1 / 1.0 (statusCode 401).</summary>
    public const int MalformedSignature = 1301;

    /// <summary>Signed request: no <c>x-authing-signature-nonce</c> header (statusCode 401).</summary>
    public const int MissingNonce = 1302;

    /// <summary>Signed request: <c>date</c> or <c>x-authing-date</c> cannot be parsed (statusCode 401).</summary>
    public const int BadTimestamp = 1303;

    /// <summary>Signed request: neither <c>date</c> nor <c>x-authing-date</c> is present (statusCode 401).</summary>
    public const int MissingDate = 1304;

    /// <summary>Signed request: the timestamp is further from the server clock than the allowed skew (statusCode 401).</summary>
    public const int ClockSkew = 1305;

    /// <summary>Signed request: the nonce was already used (statusCode 401).</summary>
    public const int ReplayedNonce = 1306;

    /// <summary>Unknown access key id, or a wrong secret at get-management-token (statusCode 401).</summary>
    public const int BadCredentials = 2333;

    /// <summary>No <c>authorization</c> header on a protected endpoint (statusCode 401).</summary>
    public const int MissingAuthorization = 2020;

    /// <summary>The bearer token was never issued by this server (statusCode 401).</summary>
    public const int InvalidToken = 2021;

    /// <summary>The bearer token has expired (statusCode 401).</summary>
    public const int ExpiredToken = 2022;

    /// <summary>The bearer token was revoked through <see cref="GenAuthTestServer.RevokeManagementTokens"/> (statusCode 401).</summary>
    public const int RevokedToken = 2023;

    /// <summary>The <c>x-authing-userpool-id</c> header is missing or is not the token's user pool (statusCode 401).</summary>
    public const int UserPoolMismatch = 2024;

    /// <summary>The body is not JSON, or a required argument is missing or invalid (statusCode 400).</summary>
    public const int InvalidArgument = 4000;

    /// <summary>set-custom-data: a key is not a custom field of the target type (statusCode 400).</summary>
    public const int UnknownCustomFieldKey = 4001;

    /// <summary>set-custom-data: a value does not match its field's data type (statusCode 400).</summary>
    public const int ValueTypeMismatch = 4002;

    /// <summary>set-custom-fields: an existing field's <c>dataType</c> cannot change (statusCode 400).</summary>
    public const int DataTypeChangeRefused = 4003;

    /// <summary>
    /// get-custom-fields: <c>targetType=GROUP</c>, which the endpoint's docs say it does not support yet
    /// (statusCode 400), unless <see cref="GenAuthTestServerOptions.AllowGroupCustomFields"/>.
    /// </summary>
    public const int UnsupportedTargetType = 4004;

    /// <summary>No endpoint at this method and path (statusCode 404).</summary>
    public const int NotFound = 4040;

    /// <summary>get-user: no user has this ID (or user name, email, phone) (statusCode 404).</summary>
    public const int UserNotFound = 4041;

    /// <summary>create-user: another user already has this user name, email, phone or external ID (statusCode 409).</summary>
    public const int UserAlreadyExists = 4090;

    /// <summary>set-custom-data: more than 50 items in <c>list</c> (statusCode 413).</summary>
    public const int ListTooLong = 4130;

    /// <summary>The server failed unexpectedly (statusCode 500).</summary>
    public const int InternalError = 5000;

    /// <summary>The answer of an <see cref="FieldGen.TestServer.InjectedFault"/> that forces only an HTTP status (statusCode = that status).</summary>
    public const int InjectedFault = 9000;
}
