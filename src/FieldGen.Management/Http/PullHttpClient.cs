using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Management.Http
{
    /// <summary>
    /// The HttpClient the pull uses: follows no redirect (a 3xx is reported, never followed, so neither
    /// a signed request nor the secret of get-management-token goes to another host), sends plain http
    /// only to loopback, and has no timeout of its own (each exchange has one, body included).
    /// </summary>
    internal static class PullHttpClient
    {
        /// <param name="primary">
        /// The handler that connects; default an <see cref="HttpClientHandler"/> without redirects. The
        /// CLI passes one that checks the address it actually connected to (<c>LoopbackOnlyConnection</c>).
        /// </param>
        public static HttpClient Create(HttpMessageHandler? primary = null) =>
            new HttpClient(new PlainHttpToLoopbackOnly(primary ?? new HttpClientHandler { AllowAutoRedirect = false }))
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };

        /// <summary>
        /// On netstandard2.0 there is no hook on the connection itself, so a plain http request is sent
        /// only when every address its host name resolves to is loopback (a name in /etc/hosts or DNS
        /// that points elsewhere is refused).
        /// </summary>
        private sealed class PlainHttpToLoopbackOnly : DelegatingHandler
        {
            public PlainHttpToLoopbackOnly(HttpMessageHandler inner)
                : base(inner)
            {
            }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Uri uri = request.RequestUri!;
                if (uri.Scheme == Uri.UriSchemeHttp)
                {
                    IPAddress[] addresses = IPAddress.TryParse(uri.DnsSafeHost, out IPAddress? literal)
                        ? new[] { literal }
                        : await Dns.GetHostAddressesAsync(uri.DnsSafeHost).ConfigureAwait(false);
                    foreach (IPAddress address in addresses)
                    {
                        if (!IsLoopback(address))
                        {
                            throw new HttpRequestException("plain http is allowed only to a loopback address, and " + uri.Host + " resolves to " + address + "; use https");
                        }
                    }
                }

                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Loopback, also as an IPv4-mapped IPv6 address.</summary>
        public static bool IsLoopback(IPAddress address) =>
            IPAddress.IsLoopback(address)
            || (address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4()));
    }
}
