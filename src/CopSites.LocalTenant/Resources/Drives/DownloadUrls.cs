using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// Pre-authenticated download URLs (@microsoft.graph.downloadUrl): like SharePoint's
/// "/_layouts/15/download.aspx?UniqueId=...&amp;tempauth=...", they work without a bearer token and expire after an hour.
/// The tempauth value is an HMAC over drive, item and expiry with a key kept in the tenant database, so URLs stay valid
/// across restarts and across processes sharing the file.
/// </summary>
internal sealed class DownloadUrls
{
    /// <summary>How long a download URL works; SharePoint's last about an hour.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private const string KeyName = "downloadUrlKey";
    private static readonly ConditionalWeakTable<TenantDatabase, byte[]> Keys = new();

    private readonly byte[] _key;
    private readonly TenantContext _tenant;

    private DownloadUrls(byte[] key, TenantContext tenant)
    {
        _key = key;
        _tenant = tenant;
    }

    /// <summary>Gets the signer for a tenant. Call it before opening a unit of work: the first call may write the key.</summary>
    public static async Task<DownloadUrls> ForAsync(TenantContext tenant, CancellationToken ct)
    {
        if (!Keys.TryGetValue(tenant.Database, out var key))
        {
            var text = await tenant.Database.WriteAsync(async s =>
            {
                var existing = await s.GetMetaAsync(KeyName, ct);
                if (existing is not null)
                {
                    return existing;
                }

                var created = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                await s.SetMetaAsync(KeyName, created, ct);
                return created;
            }, ct);
            key = Convert.FromBase64String(text);
            Keys.AddOrUpdate(tenant.Database, key);
        }

        return new DownloadUrls(key, tenant);
    }

    /// <summary>The absolute download URL of a file, valid for <see cref="Lifetime"/> from now.</summary>
    public string For(Library library, string itemId)
    {
        var expires = _tenant.Clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var payload = string.Join('|', library.DriveId, itemId, expires.ToString(CultureInfo.InvariantCulture));
        var token = Base64Url(Encoding.UTF8.GetBytes(payload)) + "." + Base64Url(Sign(payload));
        var sitePath = library.Site.Document["serverRelativePath"]!.GetValue<string>().TrimEnd('/');
        return _tenant.WebUrl($"{sitePath}/_layouts/15/download.aspx?UniqueId={itemId}&tempauth={token}");
    }

    /// <summary>The drive and item a tempauth value grants, or null when it is forged or expired.</summary>
    public (string DriveId, string ItemId)? Verify(string tempauth)
    {
        var dot = tempauth.IndexOf('.');
        if (dot <= 0 || FromBase64Url(tempauth[..dot]) is not { } payloadBytes || FromBase64Url(tempauth[(dot + 1)..]) is not { } signature)
        {
            return null;
        }

        var payload = Encoding.UTF8.GetString(payloadBytes);
        var parts = payload.Split('|');
        if (parts.Length != 3 || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload))
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires)
            || _tenant.Clock.GetUtcNow().ToUnixTimeSeconds() >= expires)
        {
            return null;
        }

        return (parts[0], parts[1]);
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        try
        {
            return Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
