namespace CopSites.Provisioning.Engine.Ports;

/// <summary>Which site to provision: the CoP's Microsoft 365 group (by mail alias) and its team site.</summary>
/// <param name="Alias">The group's mail nickname, also the site's URL segment (/sites/{alias}).</param>
/// <param name="DisplayName">The group's display name, used when it has to be created.</param>
public sealed record SiteTarget(string Alias, string DisplayName);
