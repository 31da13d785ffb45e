using System.CommandLine;

namespace CopSites.Cli.Tenancy;

/// <summary>The options that say which tenant a command works on and how it signs in.</summary>
internal sealed class TenantOptions
{
    public Option<string> Tenant { get; } = new("--tenant")
    {
        Description = "local (embedded local tenant, data under .copsites/), http://127.0.0.1:PORT (a running local tenant) or https://contoso.sharepoint.com.",
        DefaultValueFactory = _ => "local",
    };

    public Option<string?> Auth { get; } = new("--auth") { Description = "For SharePoint Online: device-code, certificate or managed-identity." };

    public Option<string?> EntraTenantId { get; } = new("--tenant-id") { Description = "Entra ID tenant (GUID or domain) for device-code and certificate sign-in." };

    public Option<string?> ClientId { get; } = new("--client-id") { Description = "The app registration's client id (or the user-assigned managed identity's)." };

    public Option<FileInfo?> Certificate { get; } = new("--certificate") { Description = "PFX file of the app's certificate (certificate sign-in)." };

    public Option<string?> CertificatePassword { get; } = new("--certificate-password") { Description = "Password of the PFX file." };

    public Option<string> User { get; } = new("--as")
    {
        Description = "On a local tenant: the seeded user to act as.",
        DefaultValueFactory = _ => "alice@contoso.local",
    };

    public Option<string> Data { get; } = new("--data")
    {
        Description = "On the embedded local tenant: its SQLite file.",
        DefaultValueFactory = _ => Path.Combine(".copsites", "tenant.db"),
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Tenant, Auth, EntraTenantId, ClientId, Certificate, CertificatePassword, User, Data })
        {
            command.Options.Add(option);
        }
    }
}
