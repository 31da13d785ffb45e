using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Teams.Item.Channels.Item.Messages.Item.SetReaction;

namespace CopSites.LocalTenant.Tests.Resources.Teams;

public sealed class ChannelMessagesTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public ChannelMessagesTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task ListMessages_MoreThanAPage_PageIteratorReadsAllNewestFirst()
    {
        var (teamId, channelId) = await TeamTestData.CreateTeamAsync(_tenant.Graph);
        for (var i = 0; i < 25; i++)
        {
            await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.PostAsync(Message($"Post {i}"));
        }

        var first = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.GetAsync();
        var read = new List<ChatMessage>();
        await PageIterator<ChatMessage, ChatMessageCollectionResponse>.CreatePageIterator(_tenant.Graph, first!, m => { read.Add(m); return true; }).IterateAsync();

        first!.Value!.Count.ShouldBe(20);
        first.OdataNextLink.ShouldNotBeNull();
        read.Count.ShouldBe(25);
        read[0].Body!.Content.ShouldBe("Post 24");
        read[^1].Body!.Content.ShouldBe("Post 0");
        read.Select(m => m.Id).Distinct().Count().ShouldBe(25);
    }

    [Fact]
    public async Task ListMessages_TopAbove50_IsCappedAt50()
    {
        var (teamId, channelId) = await TeamTestData.CreateTeamAsync(_tenant.Graph);
        for (var i = 0; i < 52; i++)
        {
            await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.PostAsync(Message($"m{i}"));
        }

        var page = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.GetAsync(r => r.QueryParameters.Top = 60);

        page!.Value!.Count.ShouldBe(50);
        page.OdataNextLink.ShouldNotBeNull();
    }

    [Fact]
    public async Task PostReply_ByAnotherUser_CarriesReplyToIdAndAuthorAndStaysOutOfTopLevelList()
    {
        var (teamId, channelId) = await TeamTestData.CreateTeamAsync(_tenant.Graph);
        var question = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.PostAsync(Message("How do we fund BRT?", "Funding"));
        var bob = _tenant.CreateGraphClient(_tenant.Host.IssueToken("bob@contoso.local"));

        var reply = await bob.Teams[teamId].Channels[channelId].Messages[question!.Id].Replies.PostAsync(Message("Through a PPP."));

        question.From!.User!.DisplayName.ShouldBe("Alice Moreno");
        question.Subject.ShouldBe("Funding");
        question.ReplyToId.ShouldBeNull();
        reply!.ReplyToId.ShouldBe(question.Id);
        reply.From!.User!.Id.ShouldBe(_tenant.Host.Users.Find("bob@contoso.local")!.Id);
        reply.ChannelIdentity!.ChannelId.ShouldBe(channelId);
        var replies = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages[question.Id].Replies.GetAsync();
        replies!.Value!.Select(r => r.Body!.Content).ShouldBe(["Through a PPP."]);
        var top = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.GetAsync();
        top!.Value!.Select(m => m.Id).ShouldBe([question.Id]);
        var single = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages[question.Id].Replies[reply.Id].GetAsync();
        single!.From!.User!.DisplayName.ShouldBe("Bob Tanaka");
    }

    [Fact]
    public async Task ListMessages_ExpandReplies_EmbedsThreads()
    {
        var (teamId, channelId) = await TeamTestData.CreateTeamAsync(_tenant.Graph);
        var post = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.PostAsync(Message("Agenda?"));
        await _tenant.Graph.Teams[teamId].Channels[channelId].Messages[post!.Id].Replies.PostAsync(Message("Item 1"));
        await _tenant.Graph.Teams[teamId].Channels[channelId].Messages[post.Id].Replies.PostAsync(Message("Item 2"));

        var page = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.GetAsync(r => r.QueryParameters.Expand = ["replies"]);

        page!.Value!.Single().Replies!.Select(r => r.Body!.Content).ShouldBe(["Item 2", "Item 1"]);
    }

    [Fact]
    public async Task SetReaction_TwiceThenUnset_CountsOnceThenRemoves()
    {
        var (teamId, channelId) = await TeamTestData.CreateTeamAsync(_tenant.Graph);
        var post = await _tenant.Graph.Teams[teamId].Channels[channelId].Messages.PostAsync(Message("Great session!"));
        var carol = _tenant.CreateGraphClient(_tenant.Host.IssueToken("carol@contoso.local"));
        var messages = carol.Teams[teamId].Channels[channelId].Messages[post!.Id];

        await messages.SetReaction.PostAsync(new SetReactionPostRequestBody { ReactionType = "like" });
        await messages.SetReaction.PostAsync(new SetReactionPostRequestBody { ReactionType = "like" });
        var liked = await messages.GetAsync();
        await messages.UnsetReaction.PostAsync(new Microsoft.Graph.Teams.Item.Channels.Item.Messages.Item.UnsetReaction.UnsetReactionPostRequestBody { ReactionType = "like" });
        var unliked = await messages.GetAsync();

        liked!.Reactions!.Single().User!.User!.DisplayName.ShouldBe("Carol Silva");
        liked.Reactions!.Single().ReactionType.ShouldBe("like");
        unliked!.Reactions.ShouldBeEmpty();
    }

    [Fact]
    public async Task PostMessage_WithoutBody_Is400AndUnknownChannel_Is404()
    {
        var (teamId, channelId) = await TeamTestData.CreateTeamAsync(_tenant.Graph);

        var (status, _, _) = await _tenant.SendAsync(HttpMethod.Post, $"v1.0/teams/{teamId}/channels/{Uri.EscapeDataString(channelId)}/messages", new { subject = "no body" });
        var missing = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Teams[teamId].Channels["19:nope@thread.tacv2"].Messages.GetAsync());

        status.ShouldBe(400);
        missing.ResponseStatusCode.ShouldBe(404);
    }

    private static ChatMessage Message(string text, string? subject = null) =>
        new() { Subject = subject, Body = new ItemBody { ContentType = BodyType.Text, Content = text } };
}
