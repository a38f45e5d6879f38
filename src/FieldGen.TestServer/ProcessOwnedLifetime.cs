using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace FieldGen.TestServer;

/// <summary>
/// A host lifetime that listens to no signal: started and stopped only through <see cref="GenAuthTestServer"/>,
/// so Ctrl+C and SIGTERM keep doing what the hosting process says (by default, end it).
/// </summary>
internal sealed class ProcessOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
