#if NET8_0_OR_GREATER
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Management.Http
{
    /// <summary>
    /// A handler that follows no redirect and, for plain http, checks the address it actually
    /// connected to (not the configured name): a name that resolves, or is re-resolved, to a
    /// non-loopback address gets no request. Compiled into the CLI and FieldGen.Client (net8.0+);
    /// FieldGen.Management itself is netstandard2.0, where <c>PullHttpClient</c> checks the name.
    /// </summary>
    internal static class LoopbackOnlyConnection
    {
        public static SocketsHttpHandler CreateHandler() => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = ConnectAsync,
        };

        private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
                if (context.InitialRequestMessage.RequestUri?.Scheme == Uri.UriSchemeHttp
                    && socket.RemoteEndPoint is IPEndPoint remote && !IsLoopback(remote.Address))
                {
                    throw new HttpRequestException("plain http is allowed only to a loopback address, and " + context.DnsEndPoint.Host + " connected to " + remote.Address + "; nothing was sent; use https");
                }

                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        private static bool IsLoopback(IPAddress address) =>
            IPAddress.IsLoopback(address) || (address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4()));
    }
}
#endif
