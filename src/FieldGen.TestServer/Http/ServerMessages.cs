using System;
using System.Collections.Generic;

namespace FieldGen.TestServer;

/// <summary>
/// The envelope's <c>message</c> in the caller's <c>x-authing-lang</c>: <c>zh-CN</c> (the default, as
/// the SDKs send it) or <c>en-US</c>. A success says <c>操作成功</c> / <c>Operation successful</c>, as the
/// docs show. A failure in en-US is its English detail; in zh-CN a Chinese summary of its apiCode and
/// then the same detail, which stays English because it quotes keys and request data.
/// </summary>
internal static class ServerMessages
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    private static readonly Dictionary<int, (string Chinese, string English)> Summaries = new()
    {
        [GenAuthApiCodes.BadSignature] = ("签名校验失败", "Signature mismatch"),
        [GenAuthApiCodes.MalformedSignature] = ("签名格式错误", "Malformed signature"),
        [GenAuthApiCodes.MissingNonce] = ("缺少签名随机数", "Missing signature nonce"),
        [GenAuthApiCodes.BadTimestamp] = ("请求时间格式错误", "Invalid request time"),
        [GenAuthApiCodes.MissingDate] = ("缺少请求时间", "Missing request time"),
        [GenAuthApiCodes.ClockSkew] = ("请求时间与服务器时间相差过大", "Request time too far from server time"),
        [GenAuthApiCodes.ReplayedNonce] = ("签名随机数已被使用", "Signature nonce already used"),
        [GenAuthApiCodes.BadCredentials] = ("AccessKey 无效", "Invalid access key"),
        [GenAuthApiCodes.MissingAuthorization] = ("缺少 authorization 请求头", "Missing authorization header"),
        [GenAuthApiCodes.InvalidToken] = ("管理令牌无效", "Invalid management token"),
        [GenAuthApiCodes.ExpiredToken] = ("管理令牌已过期", "Management token expired"),
        [GenAuthApiCodes.RevokedToken] = ("管理令牌已被撤销", "Management token revoked"),
        [GenAuthApiCodes.UserPoolMismatch] = ("用户池 ID 不匹配", "User pool mismatch"),
        [GenAuthApiCodes.InvalidArgument] = ("参数错误", "Invalid argument"),
        [GenAuthApiCodes.UnknownCustomFieldKey] = ("自定义字段不存在", "Unknown custom field"),
        [GenAuthApiCodes.ValueTypeMismatch] = ("自定义字段值类型错误", "Custom field value of the wrong type"),
        [GenAuthApiCodes.DataTypeChangeRefused] = ("自定义字段的数据类型不可修改", "Custom field data type cannot change"),
        [GenAuthApiCodes.UnsupportedTargetType] = ("该接口暂不支持分组(GROUP)", "This interface does not support grouping (GROUP) yet"),
        [GenAuthApiCodes.NotFound] = ("接口不存在", "No such endpoint"),
        [GenAuthApiCodes.ListTooLong] = ("列表项过多", "Too many list items"),
        [GenAuthApiCodes.InternalError] = ("服务器内部错误", "Internal server error"),
        [GenAuthApiCodes.InjectedFault] = ("注入的故障", "Injected fault"),
    };

    /// <summary><c>en-US</c> for any English tag (<c>en</c>, <c>en-GB</c>), else <c>zh-CN</c>, the default.</summary>
    public static string LanguageOf(string? header) =>
        header is not null && header.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    /// <param name="language"><see cref="Chinese"/> or <see cref="English"/>.</param>
    /// <param name="apiCode">The failure's apiCode; null for a success.</param>
    /// <param name="detail">What exactly failed, in English; null for a success or a failure the summary says in full.</param>
    public static string Message(string language, int? apiCode, string? detail)
    {
        bool english = language == English;
        if (apiCode is null)
        {
            return english ? "Operation successful" : "操作成功";
        }

        if (!Summaries.TryGetValue(apiCode.Value, out var summary))
        {
            return detail ?? apiCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (english)
        {
            return detail ?? summary.English;
        }

        return detail is null ? summary.Chinese : summary.Chinese + "：" + detail;
    }
}
