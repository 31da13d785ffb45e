namespace CopSites.LocalTenant.Storage;

/// <summary>An entity with the same kind, scope and id already exists.</summary>
public sealed class EntityConflictException(string kind, string scope, string id)
    : Exception($"A {kind} with id '{id}' already exists in '{scope}'.")
{
    public string Kind { get; } = kind;
    public string Id { get; } = id;
}

/// <summary>The entity to change does not exist.</summary>
public sealed class EntityNotFoundException(string kind, string scope, string id)
    : Exception($"The {kind} '{id}' was not found in '{scope}'.")
{
    public string Kind { get; } = kind;
    public string Id { get; } = id;
}

/// <summary>The caller's ETag names an older version than the stored one.</summary>
public sealed class EntityVersionMismatchException(string kind, string scope, string id, long expected, long actual)
    : Exception($"The {kind} '{id}' in '{scope}' is at version {actual}, not {expected}.")
{
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}
