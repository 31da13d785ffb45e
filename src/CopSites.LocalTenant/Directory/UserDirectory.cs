using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Directory;

/// <summary>
/// The tenant's users. Seeded, not stored: every local tenant has the same people with the same ids, so charters,
/// tests and demos can name them. Ids derive from the UPN so they survive restarts and new databases.
/// </summary>
public sealed class UserDirectory
{
    private static readonly (string Alias, string Name, string Unit, string Country, string Title)[] Seed =
    [
        ("alice", "Alice Moreno", "Knowledge and Learning", "United States", "Knowledge Management Lead"),
        ("bob", "Bob Tanaka", "Transport", "Colombia", "Transport Specialist"),
        ("carol", "Carol Silva", "Transport", "Brazil", "Senior Transport Economist"),
        ("dan", "Dan Okafor", "Fiscal Management", "Peru", "Fiscal Specialist"),
        ("erin", "Erin Castillo", "Fiscal Management", "Mexico", "Public Finance Analyst"),
        ("frank", "Frank Duarte", "Energy", "Chile", "Energy Specialist"),
        ("grace", "Grace Whitfield", "Gender and Diversity", "United States", "Gender Specialist"),
        ("heidi", "Heidi Ramos", "Gender and Diversity", "Guatemala", "Social Development Specialist"),
        ("ivan", "Ivan Petrov", "Water and Sanitation", "Argentina", "Water Specialist"),
        ("judy", "Judy Mendes", "Knowledge and Learning", "Brazil", "Learning Officer"),
        ("mallory", "Mallory Quispe", "Transport", "Bolivia", "Urban Mobility Consultant"),
        ("niaj", "Niaj Haddad", "Digital Transformation", "Uruguay", "Digital Government Specialist"),
        ("olivia", "Olivia Brandt", "Fiscal Management", "Paraguay", "Tax Administration Specialist"),
        ("peggy", "Peggy Alvarez", "Education", "Ecuador", "Education Specialist"),
        ("rupert", "Rupert Greene", "Energy", "Jamaica", "Climate Change Specialist"),
        ("sybil", "Sybil Ortega", "Health", "Honduras", "Health Specialist"),
        ("trent", "Trent Nakamura", "Digital Transformation", "Panama", "Data Scientist"),
        ("victor", "Victor Lima", "Water and Sanitation", "Dominican Republic", "Operations Analyst"),
        ("walter", "Walter Ibarra", "Education", "Costa Rica", "Education Economist"),
    ];

    private readonly Dictionary<string, UserAccount> _byKey;

    /// <summary>Builds the directory for a tenant domain (default contoso.local).</summary>
    public UserDirectory(string domain = "contoso.local")
    {
        Domain = domain;
        Users = Seed.Select(s => Create($"{s.Alias}@{domain}", s.Name, s.Unit, s.Country, s.Title)).ToArray();
        _byKey = new Dictionary<string, UserAccount>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in Users)
        {
            _byKey[user.Id] = user;
            _byKey[user.UserPrincipalName] = user;
        }
    }

    /// <summary>The UPN domain.</summary>
    public string Domain { get; }

    /// <summary>Every user.</summary>
    public IReadOnlyList<UserAccount> Users { get; }

    /// <summary>Finds a user by id or UPN.</summary>
    public UserAccount? Find(string idOrUpn) => _byKey.GetValueOrDefault(idOrUpn);

    /// <summary>The user's Graph JSON (microsoft.graph.user), as group member lists return it.</summary>
    public static JsonObject ToJson(UserAccount user) => new()
    {
        ["@odata.type"] = "#microsoft.graph.user",
        ["id"] = user.Id,
        ["displayName"] = user.DisplayName,
        ["userPrincipalName"] = user.UserPrincipalName,
        ["mail"] = user.UserPrincipalName,
        ["department"] = user.Department,
        ["country"] = user.Country,
        ["jobTitle"] = user.JobTitle,
        ["userType"] = user.IsGuest ? "Guest" : "Member",
    };

    /// <summary>A Graph identitySet for the user (createdBy, lastModifiedBy).</summary>
    public static JsonObject IdentitySet(UserAccount user) => new()
    {
        ["user"] = new JsonObject { ["id"] = user.Id, ["displayName"] = user.DisplayName, ["email"] = user.UserPrincipalName },
    };

    private static UserAccount Create(string upn, string name, string unit, string country, string title) =>
        new(StableId(upn), upn, name, unit, country, title);

    private static string StableId(string upn)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(upn.ToLowerInvariant()));
        return new Guid(hash).ToString();
    }
}
