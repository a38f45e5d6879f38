using System;

namespace FieldGen.Client
{
    /// <summary>Settings of a <see cref="GenAuthCustomDataClient"/>.</summary>
    public sealed class GenAuthClientOptions
    {
        /// <summary>The default API host.</summary>
        public static readonly Uri DefaultHost = new Uri("https://api.authing.cn");

        /// <summary>The API host; when null, the HttpClient's <c>BaseAddress</c>, else <see cref="DefaultHost"/>.</summary>
        public Uri? Host { get; set; }

        /// <summary>
        /// Gives the access key for each request (so a rotated key is picked up without a new client);
        /// when null, <see cref="GenAuthAccessKey.FromEnvironment"/>.
        /// </summary>
        public Func<GenAuthAccessKey>? AccessKeyProvider { get; set; }

        /// <summary>The default of <see cref="MaxResponseBytes"/>: 4 MiB (one object's custom data is a few KiB).</summary>
        public const long DefaultMaxResponseBytes = 4L * 1024 * 1024;

        /// <summary>
        /// An answer larger than this stops being read and the call fails with <see cref="System.Net.Http.HttpRequestException"/>,
        /// so a broken or hostile server cannot make the client buffer without end.
        /// </summary>
        public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

        /// <summary>The language of the server's messages (<c>x-authing-lang</c>): <c>zh-CN</c> (default) or <c>en-US</c>.</summary>
        public string Language { get; set; } = FieldGen.Authentication.GenAuthRequestSigner.DefaultLanguage;
    }
}
