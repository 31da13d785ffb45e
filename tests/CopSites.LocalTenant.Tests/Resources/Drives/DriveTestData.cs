using System.Text;
using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.Resources.Drives;

/// <summary>Shared helpers for drive tests: the root site's Documents drive and unique names so tests sharing a tenant do not collide.</summary>
internal static class DriveTestData
{
    public static async Task<string> DocumentsDriveIdAsync(this TenantFixture tenant) =>
        (await tenant.Graph.Sites["root"].Drive.GetAsync())!.Id!;

    public static string UniqueFolder(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    public static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    public static async Task<string> ReadAllAsync(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
