using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine.Ports;

namespace CopSites.Provisioning.Engine;

/// <summary>
/// Looks up everyone the charter names in the tenant's directory before anything is written: Graph refuses a group
/// whose owners or members it cannot find (404 on <c>POST /groups</c>), and a later member add would fail on every
/// rerun, so an unknown person is bad input, reported with the charter field that names them.
/// </summary>
internal static class CharterPeopleCheck
{
    /// <summary>Throws <see cref="ProvisioningInputException"/> naming each person the directory does not know.</summary>
    public static async Task EnsureKnownAsync(Charter? charter, ISiteGateway gateway, CancellationToken ct)
    {
        if (charter is null)
        {
            return;
        }

        var named = Named(charter);
        var unknown = await gateway.FindUnknownPeopleAsync(named.Select(n => n.Upn).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), ct);
        if (unknown.Count == 0)
        {
            return;
        }

        var missing = unknown.ToHashSet(StringComparer.OrdinalIgnoreCase);
        throw new ProvisioningInputException(named
            .Where(n => missing.Contains(n.Upn))
            .Select(n => $"charter {n.Field}: '{n.Upn}' is not in the tenant's directory; correct the address or ask for the account to be created, then rerun")
            .ToArray());
    }

    private static List<(string Field, string Upn)> Named(Charter charter)
    {
        var fields = new (string Name, IReadOnlyList<UserPrincipalName> People)[]
        {
            (CharterFields.Leads, charter.Leads),
            (CharterFields.Moderators, charter.Moderators),
            (CharterFields.CoreGroup, charter.CoreGroup),
            (CharterFields.Multipliers, charter.Multipliers),
            (CharterFields.Members, charter.Members),
        };
        return fields.SelectMany(f => f.People.Select((p, i) => ($"{f.Name}[{i}]", p.Value))).ToList();
    }
}
