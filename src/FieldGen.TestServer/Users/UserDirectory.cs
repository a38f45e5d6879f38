using System;
using System.Collections.Generic;

namespace FieldGen.TestServer;

/// <summary>The fake user pool's users in creation order (list-users pages through them in that order). Thread-safe.</summary>
public sealed class UserDirectory
{
    private readonly object _gate = new();
    private readonly List<TestUser> _ordered = new();
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);

    /// <summary>How many users there are.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _ordered.Count;
            }
        }
    }

    /// <summary>Adds a user, or replaces the one with the same ID in place.</summary>
    public void Add(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(user.UserId, nameof(user));
        lock (_gate)
        {
            if (_indexById.TryGetValue(user.UserId, out int index))
            {
                _ordered[index] = user;
                return;
            }

            _indexById[user.UserId] = _ordered.Count;
            _ordered.Add(user);
        }
    }

    /// <summary>
    /// Adds a new user unless another one already has its ID, user name, email, phone or external ID
    /// (unique in a user pool); the name of the first value taken, or <see langword="null"/> when added.
    /// </summary>
    internal string? TryAddUnique(TestUser user)
    {
        lock (_gate)
        {
            if (_indexById.ContainsKey(user.UserId))
            {
                return "userId";
            }

            foreach (var (name, select) in UniqueValues)
            {
                if (select(user) is { Length: > 0 } value && _ordered.Exists(u => string.Equals(select(u), value, StringComparison.Ordinal)))
                {
                    return name;
                }
            }

            _indexById[user.UserId] = _ordered.Count;
            _ordered.Add(user);
            return null;
        }
    }

    /// <summary>Replaces the user with the same ID (which must exist) by <paramref name="change"/> of it, atomically; false when there is none.</summary>
    internal bool TryUpdate(string userId, Func<TestUser, TestUser> change)
    {
        lock (_gate)
        {
            if (!_indexById.TryGetValue(userId, out int index))
            {
                return false;
            }

            _ordered[index] = change(_ordered[index]);
            return true;
        }
    }

    private static readonly (string Name, Func<TestUser, string?> Select)[] UniqueValues =
    {
        ("username", u => u.Username),
        ("email", u => u.Email),
        ("phone", u => u.Phone),
        ("externalId", u => u.ExternalId),
    };

    /// <summary>The user with this ID, or <see langword="null"/>.</summary>
    public TestUser? Find(string userId)
    {
        lock (_gate)
        {
            return _indexById.TryGetValue(userId, out int index) ? _ordered[index] : null;
        }
    }

    /// <summary>The first user whose <paramref name="select"/>ed value is <paramref name="value"/>, or <see langword="null"/>.</summary>
    internal TestUser? FindBy(Func<TestUser, string?> select, string value)
    {
        lock (_gate)
        {
            return _ordered.Find(u => string.Equals(select(u), value, StringComparison.Ordinal));
        }
    }

    /// <summary>One page (1-based) of <paramref name="limit"/> users, and the total.</summary>
    internal (IReadOnlyList<TestUser> Page, int TotalCount) Page(int page, int limit)
    {
        lock (_gate)
        {
            long start = (long)(page - 1) * limit;
            if (start >= _ordered.Count)
            {
                return (Array.Empty<TestUser>(), _ordered.Count);
            }

            return (_ordered.GetRange((int)start, (int)Math.Min(limit, _ordered.Count - start)), _ordered.Count);
        }
    }
}
