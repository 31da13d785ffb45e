using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>A community is born: its Microsoft 365 group, members and owners, its team site, directory look-ups and an app grant.</summary>
internal static class GroupsAndSitesSteps
{
    public static async Task RunAsync(ContractScenario s)
    {
        var g = s.Graph;
        var group = await g.Groups.PostAsync(NewGroup("Urban Mobility CoP", s.Alias, owner: "alice@contoso.local"));
        s.GroupId = group!.Id!;
        await g.Groups.GetAsync();
        await g.Groups[s.GroupId].GetAsync();
        await g.Groups[s.GroupId].PatchAsync(new Group { Description = "Practitioners of urban mobility" });

        foreach (var member in new[] { "bob", "carol", "dan" })
        {
            await g.Groups[s.GroupId].Members.Ref.PostAsync(new ReferenceCreate { OdataId = $"https://graph.microsoft.com/v1.0/directoryObjects/{s.UserId(member)}" });
        }

        await g.Groups[s.GroupId].Owners.Ref.PostAsync(new ReferenceCreate { OdataId = "https://graph.microsoft.com/v1.0/users/erin@contoso.local" });
        await g.Groups[s.GroupId].Members.GetAsync();
        await g.Groups[s.GroupId].Members.GraphUser.GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "mail"]);
        await g.Groups[s.GroupId].Owners.GetAsync();
        await g.Groups[s.GroupId].Owners.GraphUser.GetAsync();
        await g.Groups[s.GroupId].Owners[s.UserId("erin")].Ref.DeleteAsync();
        await g.Groups[s.GroupId].Members[s.UserId("dan")].Ref.DeleteAsync();
        await g.Groups[s.GroupId].Members.Ref.PostAsync(new ReferenceCreate { OdataId = $"https://graph.microsoft.com/v1.0/directoryObjects/{s.UserId("dan")}" });

        var site = await g.Groups[s.GroupId].Sites["root"].GetAsync();
        s.SiteId = site!.Id!;
        await g.Sites[s.SiteId].GetAsync();
        await g.Sites[$"{s.Tenant.Host.HostName}:/sites/{s.Alias}"].GetAsync();
        await g.Sites.GetAsync(r => r.QueryParameters.Search = "Mobility");
        await g.Sites[s.SiteId].Sites.GetAsync();
        await g.Users.GetAsync(r => r.QueryParameters.Top = 5);
        await g.Users["bob@contoso.local"].GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "department", "country"]);

        var grant = await g.Sites[s.SiteId].Permissions.PostAsync(new Permission
        {
            Roles = ["write"],
            GrantedToIdentities = [new IdentitySet { Application = new Identity { Id = Guid.NewGuid().ToString(), DisplayName = "Indicator job" } }],
        });
        await g.Sites[s.SiteId].Permissions.GetAsync();
        await g.Sites[s.SiteId].Permissions[grant!.Id].GetAsync();
        await g.Sites[s.SiteId].Permissions[grant.Id].PatchAsync(new Permission { Roles = ["read"] });
        await g.Sites[s.SiteId].Permissions[grant.Id].DeleteAsync();

        var stray = await g.Groups.PostAsync(NewGroup("Stray draft", s.Alias + "-x", owner: null));
        await g.Groups[stray!.Id].DeleteAsync();
    }

    public static Group NewGroup(string name, string alias, string? owner)
    {
        var group = new Group { DisplayName = name, MailNickname = alias, GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false, Visibility = "Private" };
        if (owner is not null)
        {
            group.AdditionalData["owners@odata.bind"] = new[] { $"https://graph.microsoft.com/v1.0/users/{owner}" };
        }

        return group;
    }
}
