using Microsoft.Graph.Models;
using GroupMessage = Microsoft.Graph.Groups.Item.Team.Channels.Item.Messages.Item;
using TeamMessage = Microsoft.Graph.Teams.Item.Channels.Item.Messages.Item;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>
/// The community's team: created on the group, channels and threads reached both as /teams/{id} and as
/// /groups/{id}/team, with replies and reactions from members.
/// </summary>
internal static class TeamsSteps
{
    public static async Task RunAsync(ContractScenario s)
    {
        var g = s.Graph;
        await g.Groups[s.GroupId].Team.PutAsync(new Team { FunSettings = new TeamFunSettings { AllowGiphy = false } });
        await g.Groups[s.GroupId].Team.GetAsync();
        await g.Teams.GetAsync();
        await g.Teams[s.GroupId].GetAsync();
        var general = await g.Teams[s.GroupId].PrimaryChannel.GetAsync();
        await g.Groups[s.GroupId].Team.PrimaryChannel.GetAsync();

        await ThroughTeamsAsync(s, general!.Id!);
        await ThroughGroupAsync(s);
    }

    private static async Task ThroughTeamsAsync(ContractScenario s, string generalId)
    {
        var channels = s.Graph.Teams[s.GroupId].Channels;
        var bogota = await channels.PostAsync(new Channel { DisplayName = "Bogota chapter", Description = "Local chapter" });
        await channels.GetAsync();
        await channels[bogota!.Id].GetAsync();
        await channels[bogota.Id].PatchAsync(new Channel { Description = "Bogota local chapter" });
        var stray = await channels.PostAsync(new Channel { DisplayName = "Stray" });
        await channels[stray!.Id].DeleteAsync();

        var messages = channels[generalId].Messages;
        var post = await messages.PostAsync(Message("Welcome to the community!"));
        var reply = await s.As("bob").Teams[s.GroupId].Channels[generalId].Messages[post!.Id].Replies.PostAsync(Message("Glad to be here."));
        await messages.GetAsync(r => r.QueryParameters.Expand = ["replies"]);
        await messages[post.Id].GetAsync();
        await messages[post.Id].Replies.GetAsync();
        await messages[post.Id].Replies[reply!.Id].GetAsync();
        await messages[post.Id].SetReaction.PostAsync(new TeamMessage.SetReaction.SetReactionPostRequestBody { ReactionType = "like" });
        await messages[post.Id].UnsetReaction.PostAsync(new TeamMessage.UnsetReaction.UnsetReactionPostRequestBody { ReactionType = "like" });
        await messages[post.Id].Replies[reply.Id].SetReaction.PostAsync(new TeamMessage.Replies.Item.SetReaction.SetReactionPostRequestBody { ReactionType = "heart" });
        await messages[post.Id].Replies[reply.Id].UnsetReaction.PostAsync(new TeamMessage.Replies.Item.UnsetReaction.UnsetReactionPostRequestBody { ReactionType = "heart" });
    }

    private static async Task ThroughGroupAsync(ContractScenario s)
    {
        var channels = s.Graph.Groups[s.GroupId].Team.Channels;
        var lima = await channels.PostAsync(new Channel { DisplayName = "Lima chapter" });
        await channels.GetAsync();
        await channels[lima!.Id].GetAsync();
        await channels[lima.Id].PatchAsync(new Channel { Description = "Lima local chapter" });
        var stray = await channels.PostAsync(new Channel { DisplayName = "Stray too" });
        await channels[stray!.Id].DeleteAsync();

        var messages = channels[lima.Id].Messages;
        var post = await messages.PostAsync(Message("First Lima meetup on Friday", "Meetup"));
        var reply = await s.As("carol").Groups[s.GroupId].Team.Channels[lima.Id].Messages[post!.Id].Replies.PostAsync(Message("I will join."));
        await messages.GetAsync();
        await messages[post.Id].GetAsync();
        await messages[post.Id].Replies.GetAsync();
        await messages[post.Id].Replies[reply!.Id].GetAsync();
        await messages[post.Id].SetReaction.PostAsync(new GroupMessage.SetReaction.SetReactionPostRequestBody { ReactionType = "like" });
        await messages[post.Id].UnsetReaction.PostAsync(new GroupMessage.UnsetReaction.UnsetReactionPostRequestBody { ReactionType = "like" });
        await messages[post.Id].Replies[reply.Id].SetReaction.PostAsync(new GroupMessage.Replies.Item.SetReaction.SetReactionPostRequestBody { ReactionType = "laugh" });
        await messages[post.Id].Replies[reply.Id].UnsetReaction.PostAsync(new GroupMessage.Replies.Item.UnsetReaction.UnsetReactionPostRequestBody { ReactionType = "laugh" });
    }

    private static ChatMessage Message(string text, string? subject = null) =>
        new() { Subject = subject, Body = new ItemBody { ContentType = BodyType.Text, Content = text } };
}
