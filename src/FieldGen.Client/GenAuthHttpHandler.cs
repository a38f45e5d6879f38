using System.Net.Http;

namespace FieldGen.Client
{
    /// <summary>
    /// The primary handler FieldGen recommends for the <see cref="HttpClient"/> of a
    /// <see cref="GenAuthCustomDataClient"/>: it follows no redirect (a signed request is never re-sent
    /// to the host a 3xx names) and, on net8.0 and later, sends plain http only over a connection whose
    /// remote address is loopback. With <c>IHttpClientFactory</c>:
    /// <c>services.AddHttpClient&lt;GenAuthCustomDataClient&gt;().ConfigurePrimaryHttpMessageHandler(GenAuthHttpHandler.Create)</c>.
    /// The client refuses a redirect whatever handler it is given.
    /// </summary>
    public static class GenAuthHttpHandler
    {
        /// <summary>Creates the handler; dispose it with the <see cref="HttpClient"/> that uses it.</summary>
        public static HttpMessageHandler Create()
        {
#if NET8_0_OR_GREATER
            return FieldGen.Management.Http.LoopbackOnlyConnection.CreateHandler();
#else
            return new HttpClientHandler { AllowAutoRedirect = false };
#endif
        }
    }
}
