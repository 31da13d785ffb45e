using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Teams;

public sealed class TeamsTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public TeamsTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task PutTeam_UnifiedGroupWithOwner_CreatesTeamWithGeneralChannelAndMarksGroup()
    {
        var group = await TeamTestData.CreateGroupAsync(_tenant.Graph);

        var created = await _tenant.Graph.Groups[group.Id].Team.PutAsync(new Team
        {
            FunSettings = new TeamFunSettings { AllowGiphy = false },
        });

        created!.Id.ShouldBe(group.Id);
        var team = await _tenant.Graph.Teams[group.Id].GetAsync();
        team!.DisplayName.ShouldBe(group.DisplayName);
        team.Visibility.ShouldBe(TeamVisibilityType.Private);
        team.FunSettings!.AllowGiphy.ShouldBe(false);
        team.FunSettings.AllowStickersAndMemes.ShouldBe(true);
        var channels = await _tenant.Graph.Teams[group.Id].Channels.GetAsync();
        channels!.Value!.Select(c => c.DisplayName).ShouldBe(["General"]);
        var (_, groupJson, _) = await _tenant.SendAsync(HttpMethod.Get, $"v1.0/groups/{group.Id}");
        groupJson!["resourceProvisioningOptions"]!.AsArray().Select(o => o!.ToString()).ShouldBe(["Team"]);
    }

    [Fact]
    public async Task PutTeam_Twice_Is409AndWithoutOwner_Is400()
    {
        var group = await TeamTestData.CreateGroupAsync(_tenant.Graph);
        await _tenant.Graph.Groups[group.Id].Team.PutAsync(new Team());

        var again = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Groups[group.Id].Team.PutAsync(new Team()));
        again.ResponseStatusCode.ShouldBe(409);

        var alias = "noowner-" + Guid.NewGuid().ToString("N")[..8];
        var ownerless = await _tenant.Graph.Groups.PostAsync(new Group
        {
            DisplayName = "No owner", MailNickname = alias, GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false,
        });
        var noOwner = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Groups[ownerless!.Id].Team.PutAsync(new Team()));
        noOwner.ResponseStatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task GetTeam_GroupWithoutTeam_Is404()
    {
        var group = await TeamTestData.CreateGroupAsync(_tenant.Graph);

        var error = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Teams[group.Id].GetAsync());

        error.ResponseStatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task CreateChannel_NewName_IsListedAndReachableThroughGroupsPath()
    {
        var (teamId, _) = await TeamTestData.CreateTeamAsync(_tenant.Graph);

        var channel = await _tenant.Graph.Teams[teamId].Channels.PostAsync(new Channel
        {
            DisplayName = "Road Safety", Description = "Questions about road safety", MembershipType = ChannelMembershipType.Standard,
        });

        channel!.Id.ShouldStartWith("19:");
        channel.Id.ShouldEndWith("@thread.tacv2");
        var viaGroup = await _tenant.Graph.Groups[teamId].Team.Channels[channel.Id].GetAsync();
        viaGroup!.Description.ShouldBe("Questions about road safety");
        var all = await _tenant.Graph.Teams[teamId].Channels.GetAsync();
        all!.Value!.Select(c => c.DisplayName).ShouldBe(["General", "Road Safety"]);
    }

    [Fact]
    public async Task CreateChannel_DuplicateNameAnyCase_Is400AsTeamsAnswers()
    {
        var (teamId, _) = await TeamTestData.CreateTeamAsync(_tenant.Graph);
        await _tenant.Graph.Teams[teamId].Channels.PostAsync(new Channel { DisplayName = "Logistics" });

        var error = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Teams[teamId].Channels.PostAsync(new Channel { DisplayName = "logistics" }));
        var general = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Teams[teamId].Channels.PostAsync(new Channel { DisplayName = "General" }));

        error.ResponseStatusCode.ShouldBe(400);
        error.Error!.Message!.ShouldContain("Channel name already existed");
        general.ResponseStatusCode.ShouldBe(400);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Q&A")]
    [InlineData("a/b")]
    [InlineData("This channel name is far too long for Microsoft Teams to accept")]
    public async Task CreateChannel_InvalidName_Is400(string name)
    {
        var (teamId, _) = await TeamTestData.CreateTeamAsync(_tenant.Graph);

        var (status, body, _) = await _tenant.SendAsync(HttpMethod.Post, $"v1.0/teams/{teamId}/channels", new { displayName = name });

        status.ShouldBe(400);
        body!["error"]!["code"]!.ToString().ShouldBe("BadRequest");
    }

    [Fact]
    public async Task UpdateAndDeleteChannel_OrdinaryChannel_WorksButGeneralIsProtected()
    {
        var (teamId, generalId) = await TeamTestData.CreateTeamAsync(_tenant.Graph);
        var channel = await _tenant.Graph.Teams[teamId].Channels.PostAsync(new Channel { DisplayName = "Drafts" });

        await _tenant.Graph.Teams[teamId].Channels[channel!.Id].PatchAsync(new Channel { DisplayName = "Final drafts" });
        (await _tenant.Graph.Teams[teamId].Channels[channel.Id].GetAsync())!.DisplayName.ShouldBe("Final drafts");
        await _tenant.Graph.Teams[teamId].Channels[channel.Id].DeleteAsync();
        (await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Teams[teamId].Channels[channel.Id].GetAsync())).ResponseStatusCode.ShouldBe(404);

        var rename = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Teams[teamId].Channels[generalId].PatchAsync(new Channel { DisplayName = "Lobby" }));
        var delete = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Teams[teamId].Channels[generalId].DeleteAsync());
        rename.ResponseStatusCode.ShouldBe(400);
        delete.ResponseStatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task GetChannel_UnescapedIdInRawPath_IsFound()
    {
        var (teamId, generalId) = await TeamTestData.CreateTeamAsync(_tenant.Graph);

        var (status, body, _) = await _tenant.SendAsync(HttpMethod.Get, $"v1.0/teams/{teamId}/channels/{generalId}");

        status.ShouldBe(200);
        body!["displayName"]!.ToString().ShouldBe("General");
    }
}
