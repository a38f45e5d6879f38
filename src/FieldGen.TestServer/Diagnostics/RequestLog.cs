using System.Collections.Generic;

namespace FieldGen.TestServer;

/// <summary>The list of answered requests behind <see cref="GenAuthTestServer.Requests"/>. Thread-safe.</summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<ReceivedRequest> _entries = new();

    public void Add(ReceivedRequest entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public IReadOnlyList<ReceivedRequest> Snapshot()
    {
        lock (_gate)
        {
            return _entries.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
