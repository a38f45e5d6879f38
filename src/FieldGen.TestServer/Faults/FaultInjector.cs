using System;
using System.Collections.Generic;

namespace FieldGen.TestServer;

/// <summary>The faults a server injects; the first one added that matches a request applies to it. Thread-safe.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<(InjectedFault Fault, int? Remaining)> _faults = new();

    /// <summary>Adds a fault after the ones already added.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The fault has a negative delay, an impossible HTTP status or a <c>Times</c> below 1.</exception>
    public void Add(InjectedFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        fault.Validate();
        lock (_gate)
        {
            _faults.Add((fault, fault.Times));
        }
    }

    /// <summary>Removes every fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>How many faults are still active (not used up).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _faults.Count;
            }
        }
    }

    /// <summary>Finds the fault for a request to <paramref name="path"/> and uses up one of its times.</summary>
    internal InjectedFault? Take(string path)
    {
        lock (_gate)
        {
            int index = _faults.FindIndex(f => f.Fault.Path is null || string.Equals(f.Fault.Path, path, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            var (fault, remaining) = _faults[index];
            if (remaining is 1)
            {
                _faults.RemoveAt(index);
            }
            else if (remaining is int left)
            {
                _faults[index] = (fault, left - 1);
            }

            return fault;
        }
    }
}
