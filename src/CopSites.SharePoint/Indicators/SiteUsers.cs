using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.Indicators.Activity;
using CopSites.SharePoint.Provisioning;
using CopSites.SharePoint.Rest;

namespace CopSites.SharePoint.Indicators;

/// <summary>
/// Turns the people a site's items name (createdBy identity sets, person fields' LookupIds) into the person ids the
/// activity model uses: the directory id where it is known, else the sign-in name. A LookupId is resolved once through
/// SharePoint REST's <c>web/getuserbyid</c>, which Graph has no equivalent for; people who are not group members are
/// added to the people seen (they count as activity, without a unit or country unless the site says).
/// </summary>
internal sealed class SiteUsers(SharePointRestClient rest, string sitePath, Dictionary<string, Person> people)
{
    private readonly Dictionary<string, string?> _byLookupId = new(StringComparer.Ordinal);

    public Task<string> IdOfAuthorAsync(JsonObject item, CancellationToken ct)
    {
        var user = item["createdBy"]?["user"];
        var id = Json.Text(user, "id");
        if (id is not null && !people.ContainsKey(id))
        {
            people[id] = new Person(id, Json.Text(user, "displayName") ?? id, null, null, Json.Text(user, "email"));
        }

        return Task.FromResult(id ?? Json.Text(user, "email") ?? "unknown");
    }

    public Task<string?> IdOfEmailAsync(string? email, CancellationToken ct) =>
        Task.FromResult(email is null ? null : people.Values.FirstOrDefault(p => string.Equals(p.UserPrincipalName, email, StringComparison.OrdinalIgnoreCase))?.Id ?? email);

    public async Task<IReadOnlyList<string>> IdsAsync(JsonObject fields, string column, CancellationToken ct)
    {
        var lookupIds = fields[column + "LookupId"] switch
        {
            JsonArray many => many.Select(v => v?.ToString()).OfType<string>().ToList(),
            JsonValue one => [one.ToString()],
            _ => [],
        };
        var ids = new List<string>();
        foreach (var lookupId in lookupIds)
        {
            if (await ResolveAsync(lookupId, ct) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private async Task<string?> ResolveAsync(string lookupId, CancellationToken ct)
    {
        if (_byLookupId.TryGetValue(lookupId, out var known))
        {
            return known;
        }

        string? resolved = null;
        try
        {
            var user = await rest.GetAsync(sitePath, $"web/getuserbyid({int.Parse(lookupId, CultureInfo.InvariantCulture)})", $"resolve site user {lookupId}", ct);
            var upn = Json.Text(user, "UserPrincipalName") ?? Json.Text(user, "Email");
            resolved = people.Values.FirstOrDefault(p => string.Equals(p.UserPrincipalName, upn, StringComparison.OrdinalIgnoreCase))?.Id ?? upn;
            if (resolved is not null && !people.ContainsKey(resolved))
            {
                people[resolved] = new Person(resolved, Json.Text(user, "Title") ?? resolved, null, null, upn);
            }
        }
        catch (Exception e) when (e is Resilience.TenantRequestException or FormatException)
        {
            // A person who is no longer a user of the site (deleted account) stays unnamed rather than failing the run.
        }

        _byLookupId[lookupId] = resolved;
        return resolved;
    }
}
