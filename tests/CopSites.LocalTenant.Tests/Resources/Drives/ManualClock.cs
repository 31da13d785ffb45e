namespace CopSites.LocalTenant.Tests.Resources.Drives;

/// <summary>A clock tests move by hand, to see things expire.</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}
