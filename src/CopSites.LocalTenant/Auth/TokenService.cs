using System.Security.Claims;
using System.Security.Cryptography;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Protocol;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CopSites.LocalTenant.Auth;

/// <summary>
/// Issues and checks the tenant's bearer tokens: RS256 JWTs shaped like Entra ID v2 access tokens (upn, oid, scp, appid),
/// signed with an RSA key kept in the tenant's data folder so tokens survive a restart.
/// </summary>
public sealed class TokenService
{
    /// <summary>The audience tokens are issued for.</summary>
    public const string Audience = "https://graph.microsoft.com";

    /// <summary>The application id used when the caller names none.</summary>
    public const string DefaultAppId = "c0b5a1e2-0000-4c0d-9c0b-c095173e0001";

    private readonly RsaSecurityKey _key;
    private readonly string _issuer;
    private readonly TimeProvider _clock;
    private readonly JsonWebTokenHandler _handler = new();

    private TokenService(RsaSecurityKey key, string tenantId, TimeProvider clock)
    {
        _key = key;
        _issuer = $"https://login.microsoftonline.com/{tenantId}/v2.0";
        _clock = clock;
    }

    /// <summary>Where the signing key of the database at <paramref name="databasePath"/> lives: beside it, in the data folder.</summary>
    public static string KeyPathFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, Path.GetFileNameWithoutExtension(databasePath) + ".signing-key.pem");

    /// <summary>Loads the signing key from <paramref name="keyPath"/>, creating it on first use.</summary>
    public static TokenService LoadOrCreate(string keyPath, string tenantId, TimeProvider clock)
    {
        var rsa = RSA.Create(2048);
        if (File.Exists(keyPath))
        {
            rsa.ImportFromPem(File.ReadAllText(keyPath));
        }
        else
        {
            var temp = keyPath + ".tmp";
            File.WriteAllText(temp, rsa.ExportRSAPrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temp, keyPath, overwrite: true);
        }

        return new TokenService(new RsaSecurityKey(rsa) { KeyId = "local-tenant" }, tenantId, clock);
    }

    /// <summary>Issues a token for a user with the given scopes.</summary>
    public string Issue(UserAccount user, IEnumerable<string> scopes, string? appId = null, TimeSpan? lifetime = null)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-5),
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["upn"] = user.UserPrincipalName,
                ["name"] = user.DisplayName,
                ["oid"] = user.Id,
                ["appid"] = appId ?? DefaultAppId,
                ["scp"] = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            },
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>Validates an Authorization header value; 401 with the reason when it fails.</summary>
    public async Task<Caller> AuthenticateAsync(string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw GraphProblem.Unauthorized("Access token is empty.");
        }

        var result = await _handler.ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidIssuer = _issuer,
            ValidAudience = Audience,
            IssuerSigningKey = _key,
            ValidateLifetime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
                (notBefore is null || notBefore <= _clock.GetUtcNow().UtcDateTime) && expires > _clock.GetUtcNow().UtcDateTime,
        });
        if (!result.IsValid)
        {
            throw GraphProblem.Unauthorized(result.Exception is SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException
                ? "Lifetime validation failed, the token is expired."
                : "Access token validation failure. Invalid signature, issuer or audience.");
        }

        var claims = result.ClaimsIdentity;
        string Claim(string type) => claims.FindFirst(type)?.Value ?? "";
        var scopes = Claim("scp").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new Caller(Claim("upn"), Claim("oid"), Claim("appid"), scopes);
    }
}
