using System.Net;
using System.Net.Sockets;

namespace FieldGen.Pull.Tests.Infrastructure
{
    /// <summary>A loopback address where nothing listens, for "host unreachable" (connection refused at once).</summary>
    internal static class ClosedPort
    {
        public static string Address()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return "http://127.0.0.1:" + port;
        }
    }
}
