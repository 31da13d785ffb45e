using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.Resources.Teams;

/// <summary>Creates the Unified groups (with an owner, as Teams requires) that team tests turn into teams.</summary>
internal static class TeamTestData
{
    public static async Task<Group> CreateGroupAsync(GraphServiceClient graph, string owner = "alice@contoso.local")
    {
        var alias = "team-" + Guid.NewGuid().ToString("N")[..8];
        return (await graph.Groups.PostAsync(new Group
        {
            DisplayName = "Transport CoP " + alias,
            MailNickname = alias,
            GroupTypes = ["Unified"],
            MailEnabled = true,
            SecurityEnabled = false,
            Visibility = "Private",
            AdditionalData = new Dictionary<string, object>
            {
                ["owners@odata.bind"] = new[] { $"https://graph.microsoft.com/v1.0/users/{owner}" },
            },
        }))!;
    }

    public static async Task<(string TeamId, string GeneralId)> CreateTeamAsync(GraphServiceClient graph)
    {
        var group = await CreateGroupAsync(graph);
        var team = await graph.Groups[group.Id].Team.PutAsync(new Team());
        var general = await graph.Teams[team!.Id].PrimaryChannel.GetAsync();
        return (team.Id!, general!.Id!);
    }
}
