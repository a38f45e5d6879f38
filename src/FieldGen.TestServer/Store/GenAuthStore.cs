using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace FieldGen.TestServer;

/// <summary>
/// The server's in-memory custom fields and custom data. Tests seed and read it directly;
/// the endpoints go through the same methods. Thread-safe.
/// </summary>
/// <remarks>
/// Fields are scoped to the user pool (<c>tenantId</c> null) or to one tenant. A tenant sees the
/// pool-wide fields plus its own, its own winning on a key clash.
/// </remarks>
public sealed class GenAuthStore
{
    private readonly object _gate = new();
    private readonly List<(string? TenantId, CustomField Field)> _fields = new();
    private readonly Dictionary<CustomDataTarget, Dictionary<string, JsonNode?>> _data = new();
    private readonly TimeProvider _clock;

    /// <summary>An empty store on the system clock.</summary>
    public GenAuthStore()
        : this(TimeProvider.System)
    {
    }

    internal GenAuthStore(TimeProvider clock) => _clock = clock;

    /// <summary>
    /// Adds a custom field, or replaces the one with the same target type and key in the same scope. Not
    /// validated. A field without <see cref="CustomField.CreatedAt"/> gets the store clock's now, as every
    /// custom field on the real service has one.
    /// </summary>
    /// <param name="field">The field definition.</param>
    /// <param name="tenantId">The tenant that owns the field; <see langword="null"/> for the whole user pool.</param>
    public void SeedCustomField(CustomField field, string? tenantId = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        string? scope = NullIfEmpty(tenantId);
        field = field.CreatedAt is null ? field with { CreatedAt = _clock.GetUtcNow() } : field;
        lock (_gate)
        {
            int index = _fields.FindIndex(e => e.TenantId == scope && SameField(e.Field, field.TargetType, field.Key));
            if (index >= 0)
            {
                _fields[index] = (scope, field);
            }
            else
            {
                _fields.Add((scope, field));
            }
        }
    }

    /// <summary>Removes a custom field from one scope; its stored data stays, as unknown keys.</summary>
    /// <returns>Whether the field existed.</returns>
    public bool RemoveCustomField(string targetType, string key, string? tenantId = null)
    {
        string? scope = NullIfEmpty(tenantId);
        lock (_gate)
        {
            return _fields.RemoveAll(e => e.TenantId == scope && SameField(e.Field, targetType, key)) > 0;
        }
    }

    /// <summary>The fields a caller in <paramref name="tenantId"/> sees for <paramref name="targetType"/>, in creation order.</summary>
    public IReadOnlyList<CustomField> GetCustomFields(string targetType, string? tenantId = null)
    {
        string? scope = NullIfEmpty(tenantId);
        lock (_gate)
        {
            var own = _fields.Where(e => e.TenantId == scope && e.Field.TargetType == targetType).Select(e => e.Field).ToList();
            if (scope is null)
            {
                return own;
            }

            var poolWide = _fields
                .Where(e => e.TenantId is null && e.Field.TargetType == targetType && !own.Any(o => o.Key == e.Field.Key))
                .Select(e => e.Field);
            return poolWide.Concat(own).ToList();
        }
    }

    /// <summary>The field a caller in <paramref name="tenantId"/> sees under this key, or <see langword="null"/>.</summary>
    public CustomField? FindCustomField(string targetType, string key, string? tenantId = null) =>
        GetCustomFields(targetType, tenantId).FirstOrDefault(f => f.Key == key);

    /// <summary>Sets one stored value as is, without checking it against the schema; <see langword="null"/> clears the key.</summary>
    public void SeedCustomData(CustomDataTarget target, string key, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            WriteUnlocked(target.Normalized(), key, value?.DeepClone());
        }
    }

    /// <summary>A copy of every stored value of one object (empty when it has none).</summary>
    public IReadOnlyDictionary<string, JsonNode?> GetCustomData(CustomDataTarget target)
    {
        lock (_gate)
        {
            return _data.TryGetValue(target.Normalized(), out var values)
                ? values.ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone())
                : new Dictionary<string, JsonNode?>();
        }
    }

    /// <summary>Writes several values at once, so a reader never sees half of one set-custom-data call.</summary>
    internal void WriteCustomData(IEnumerable<(CustomDataTarget Target, string Key, JsonNode? Value)> writes)
    {
        lock (_gate)
        {
            foreach (var (target, key, value) in writes)
            {
                WriteUnlocked(target.Normalized(), key, value);
            }
        }
    }

    /// <summary>Runs <paramref name="change"/> under the store's lock (it may call the public methods), so a check and the write after it are one step.</summary>
    internal T Atomically<T>(Func<T> change)
    {
        lock (_gate)
        {
            return change();
        }
    }

    /// <inheritdoc cref="Atomically{T}(Func{T})"/>
    internal void Atomically(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }

    private void WriteUnlocked(CustomDataTarget target, string key, JsonNode? value)
    {
        if (!_data.TryGetValue(target, out var values))
        {
            values = new Dictionary<string, JsonNode?>();
            _data[target] = values;
        }

        if (value is null)
        {
            values.Remove(key);
        }
        else
        {
            values[key] = value;
        }
    }

    private static bool SameField(CustomField field, string targetType, string key) => field.TargetType == targetType && field.Key == key;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
