using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FieldGen.Pull.Tests.Hostile
{
    /// <summary>One request as the hostile server received it: request line, headers (names lower-cased) and body.</summary>
    internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
    {
        public string? Header(string name)
        {
            foreach (KeyValuePair<string, string> header in Headers)
            {
                if (header.Key == name)
                {
                    return header.Value;
                }
            }

            return null;
        }

        public string BodyText => Encoding.UTF8.GetString(Body);
    }

    /// <summary>What to answer: status, headers, and either a fixed body (sent with Content-Length) or a streamed one (ended by closing).</summary>
    internal sealed class HostileAnswer
    {
        public int Status { get; init; } = 200;

        public List<KeyValuePair<string, string>> Headers { get; } = new();

        public byte[]? Body { get; init; }

        /// <summary>Writes the body itself, without Content-Length; the connection closes after it.</summary>
        public Func<Stream, CancellationToken, Task>? Stream { get; init; }

        public static HostileAnswer Json(string json, int status = 200)
        {
            var answer = new HostileAnswer { Status = status, Body = Encoding.UTF8.GetBytes(json) };
            answer.Headers.Add(new("Content-Type", "application/json; charset=utf-8"));
            return answer;
        }
    }

    /// <summary>
    /// A real HTTP/1.1 server on 127.0.0.1 written on a raw socket, so it can answer what no
    /// well-behaved framework would: redirects to other hosts, 300 MB bodies streamed from one small
    /// buffer, bodies that never end or drip, headers and bodies echoing the credentials. Every loop is
    /// bounded (connections, header bytes, body bytes, streamed chunks).
    /// </summary>
    internal sealed class HostileServer : IAsyncDisposable
    {
        private const int MaxConnections = 5000;
        private const int MaxHeaderBytes = 64 * 1024;
        private const int MaxRequestBody = 1024 * 1024;

        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Func<ReceivedRequest, HostileAnswer> _answer;
        private readonly Task _accepting;

        public HostileServer(Func<ReceivedRequest, HostileAnswer> answer)
        {
            _answer = answer;
            _listener.Start();
            _accepting = AcceptAsync();
        }

        public Uri BaseAddress => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");

        public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                await _accepting;
            }
            catch (Exception)
            {
                // The accept loop ends with the listener.
            }
        }

        private async Task AcceptAsync()
        {
            for (int served = 0; served < MaxConnections && !_stop.IsCancellationRequested; served++)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception)
                {
                    return;
                }

                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                try
                {
                    NetworkStream stream = client.GetStream();
                    ReceivedRequest? request = await ReadRequestAsync(stream);
                    if (request is null)
                    {
                        return;
                    }

                    Received.Enqueue(request);
                    HostileAnswer answer = _answer(request);
                    await WriteAnswerAsync(stream, answer);
                }
                catch (Exception)
                {
                    // The client hung up (it stopped reading a body it found too large): what we want.
                }
            }
        }

        private async Task<ReceivedRequest?> ReadRequestAsync(NetworkStream stream)
        {
            var head = new MemoryStream();
            var one = new byte[1];
            while (head.Length < MaxHeaderBytes)
            {
                if (await stream.ReadAsync(one, _stop.Token) == 0)
                {
                    return null;
                }

                head.WriteByte(one[0]);
                byte[] bytes = head.GetBuffer();
                long n = head.Length;
                if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n')
                {
                    break;
                }
            }

            string[] lines = Encoding.Latin1.GetString(head.ToArray()).Split("\r\n");
            string[] requestLine = lines[0].Split(' ');
            var headers = new List<KeyValuePair<string, string>>();
            foreach (string line in lines[1..])
            {
                int colon = line.IndexOf(':');
                if (colon > 0)
                {
                    headers.Add(new(line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim()));
                }
            }

            int length = 0;
            foreach (KeyValuePair<string, string> header in headers)
            {
                if (header.Key == "content-length")
                {
                    length = Math.Min(int.Parse(header.Value), MaxRequestBody);
                }
            }

            var body = new byte[length];
            int read = 0;
            while (read < length)
            {
                int got = await stream.ReadAsync(body.AsMemory(read), _stop.Token);
                if (got == 0)
                {
                    break;
                }

                read += got;
            }

            string target = requestLine.Length > 1 ? requestLine[1] : "/";
            int question = target.IndexOf('?');
            string path = question < 0 ? target : target[..question];
            var query = new Dictionary<string, string>();
            if (question >= 0)
            {
                foreach (string pair in target[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    int equals = pair.IndexOf('=');
                    query[Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals])] = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
                }
            }

            return new ReceivedRequest(requestLine[0], path, query, headers, body);
        }

        private async Task WriteAnswerAsync(NetworkStream stream, HostileAnswer answer)
        {
            var head = new StringBuilder("HTTP/1.1 " + answer.Status + " Hostile\r\nConnection: close\r\n");
            foreach (KeyValuePair<string, string> header in answer.Headers)
            {
                head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }

            if (answer.Body is not null)
            {
                head.Append("Content-Length: ").Append(answer.Body.Length).Append("\r\n");
            }

            head.Append("\r\n");
            await stream.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()), _stop.Token);
            if (answer.Body is not null)
            {
                await stream.WriteAsync(answer.Body, _stop.Token);
            }
            else if (answer.Stream is not null)
            {
                await answer.Stream(stream, _stop.Token);
            }

            await stream.FlushAsync(_stop.Token);
        }
    }
}
