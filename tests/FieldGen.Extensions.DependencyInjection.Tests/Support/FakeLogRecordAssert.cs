using System.Linq;
using Microsoft.Extensions.Logging.Testing;

namespace FieldGen.Extensions.DependencyInjection.Tests;

internal static class FakeLogRecordAssert
{
    /// <summary>Asserts the event carries <paramref name="name"/> = <paramref name="value"/> as a structured value.</summary>
    public static void HasValue(FakeLogRecord record, string name, string? value)
    {
        var state = record.StructuredState ?? throw new Xunit.Sdk.XunitException("the event has no structured state");
        Assert.Contains(new System.Collections.Generic.KeyValuePair<string, string?>(name, value), state.ToList());
    }
}
