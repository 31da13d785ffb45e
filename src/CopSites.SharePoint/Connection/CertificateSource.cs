using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CopSites.SharePoint.Connection;

/// <summary>Where the app's certificate (with private key) comes from: a PFX file with its password, or a store by thumbprint.</summary>
public sealed record CertificateSource
{
    private CertificateSource(string? pfxPath, string? pfxPassword, string? thumbprint, StoreLocation location)
    {
        PfxPath = pfxPath;
        PfxPassword = pfxPassword;
        Thumbprint = thumbprint;
        StoreLocation = location;
    }

    /// <summary>The PFX file, when loaded from a file.</summary>
    public string? PfxPath { get; }

    /// <summary>The PFX password (null: none).</summary>
    public string? PfxPassword { get; }

    /// <summary>The thumbprint, when loaded from the store.</summary>
    public string? Thumbprint { get; }

    /// <summary>The store searched for <see cref="Thumbprint"/> (its "My" store).</summary>
    public StoreLocation StoreLocation { get; }

    /// <summary>Never shows the password.</summary>
    public override string ToString() => PfxPath is not null ? $"PFX {PfxPath}" : $"{StoreLocation}/My {Thumbprint}";

    /// <summary>A PFX file; it must exist.</summary>
    public static CertificateSource FromPfx(string path, string? password)
    {
        var full = Path.GetFullPath(OptionChecks.NotBlank(path, "Certificate.PfxPath"));
        return File.Exists(full)
            ? new CertificateSource(full, password, null, StoreLocation.CurrentUser)
            : throw new InvalidTenantOptionException("Certificate.PfxPath", $"no file at '{full}'.");
    }

    /// <summary>A certificate in the My store of <paramref name="location"/>, by its SHA-1 thumbprint (40 hex digits).</summary>
    public static CertificateSource FromStore(string thumbprint, StoreLocation location = StoreLocation.CurrentUser)
    {
        var clean = OptionChecks.NotBlank(thumbprint, "Certificate.Thumbprint").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return clean.Length == 40 && clean.All(Uri.IsHexDigit)
            ? new CertificateSource(null, null, clean, location)
            : throw new InvalidTenantOptionException("Certificate.Thumbprint", $"must be 40 hex digits, not '{thumbprint}'.");
    }

    /// <summary>Loads the certificate; it must carry its private key.</summary>
    public X509Certificate2 Load()
    {
        X509Certificate2 certificate;
        if (PfxPath is not null)
        {
            try
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(PfxPath, PfxPassword);
            }
            catch (CryptographicException e)
            {
                throw new InvalidTenantOptionException("Certificate.PfxPassword", $"cannot open '{PfxPath}': {e.Message}");
            }
        }
        else
        {
            using var store = new X509Store(StoreName.My, StoreLocation);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, Thumbprint!, validOnly: false);
            certificate = found.Count > 0
                ? found[0]
                : throw new InvalidTenantOptionException("Certificate.Thumbprint", $"no certificate {Thumbprint} in {StoreLocation}/My.");
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidTenantOptionException(PfxPath is null ? "Certificate.Thumbprint" : "Certificate.PfxPath", "the certificate has no private key.");
    }
}
