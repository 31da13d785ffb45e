using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Ports;

/// <summary>What happened to one change: the object as the tenant now has it, or why it failed.</summary>
public sealed record ChangeOutcome(ResourceKey Key, ActualResource? Result, TenantFailure? Failure)
{
    /// <summary>True when the change landed.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>Objects the tenant created along with this one (a new list's built-in columns), so later levels see them.</summary>
    public IReadOnlyList<ActualResource> Related { get; init; } = [];

    public static ChangeOutcome Success(ActualResource result) => new(result.Key, result, null);

    public static ChangeOutcome Failed(ResourceKey key, TenantFailure failure) => new(key, null, failure);
}

/// <summary>A tenant's refusal of one write, with what is needed to report it.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Code">The tenant's error code (invalidRequest, nameAlreadyExists…).</param>
/// <param name="Message">The tenant's message.</param>
/// <param name="RequestId">The tenant's request id, for support.</param>
public sealed record TenantFailure(int Status, string Code, string Message, string? RequestId)
{
    /// <inheritdoc />
    public override string ToString() => $"{Status} {Code}: {Message}" + (RequestId is null ? "" : $" (request-id {RequestId})");
}
