using System;

namespace FieldGen.TestServer.Tests;

/// <summary>A clock the test moves by hand, so expiry and skew tests do not sleep.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now;

    public ManualClock(DateTimeOffset start) => _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
