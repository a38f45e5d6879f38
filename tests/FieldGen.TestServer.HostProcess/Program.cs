using System;
using System.Threading;
using FieldGen.TestServer;

// Hosts the server the way a user's console program or test run would, leaving Ctrl+C and SIGTERM
// to the runtime's defaults, prints where it listens, then waits for ever.
await using var server = await GenAuthTestServer.StartAsync();
Console.WriteLine(server.BaseAddress);
Console.Out.Flush();
await System.Threading.Tasks.Task.Delay(Timeout.Infinite);
