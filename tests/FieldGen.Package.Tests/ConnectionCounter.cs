using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Package.Tests
{
    /// <summary>A listener on 127.0.0.1 that counts the connections it gets and closes each at once (a pull then fails, after trying).</summary>
    internal sealed class ConnectionCounter : IDisposable
    {
        private const int MaxConnections = 100;

        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private int _connections;

        public ConnectionCounter()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public Uri Address => new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port);

        public int Connections => Volatile.Read(ref _connections);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }

        private async Task AcceptAsync()
        {
            for (int i = 0; i < MaxConnections; i++)
            {
                try
                {
                    using TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    Interlocked.Increment(ref _connections);
                }
                catch (Exception ex) when (ex is OperationCanceledException || ex is SocketException || ex is ObjectDisposedException)
                {
                    return;
                }
            }
        }
    }
}
