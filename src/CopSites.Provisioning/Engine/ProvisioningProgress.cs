namespace CopSites.Provisioning.Engine;

/// <summary>Progress of an apply: which level, how many writes done of how many.</summary>
public sealed record ProvisioningProgress(int Level, int Done, int Total, string Current);
