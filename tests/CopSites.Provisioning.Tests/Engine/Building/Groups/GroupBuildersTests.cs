using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Groups;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Engine.Building.Groups;

public class GroupBuildersTests
{
    private const string Security = """
        <pnp:Security>
          <pnp:AdditionalOwners><pnp:User Name="i:0#.f|membership|Kld.Admin@contoso.local" /></pnp:AdditionalOwners>
          <pnp:AdditionalMembers><pnp:User Name="{parameter:Helper}" /><pnp:User Name="grace@contoso.local" /></pnp:AdditionalMembers>
        </pnp:Security>
        """;

    [Fact]
    public void Group_FromTheCharter()
    {
        var charter = BuildTesting.Charter();

        var built = BuildTesting.Build(new GroupBuilder(), BuildTesting.Context(BuildTesting.Template(""), charter: charter)).ShouldHaveSingleItem();

        built.TokenErrors.ShouldBeEmpty();
        built.Level.ShouldBe(0);
        built.Resource.Key.ShouldBe(new ResourceKey(ResourceKind.Group, "urban-mobility"));
        built.Resource.Properties["displayName"]!.GetValue<string>().ShouldBe("Urban Mobility Community of Practice");
        built.Resource.Properties["description"]!.GetValue<string>().ShouldBe(charter.Purpose);
        built.Resource.Properties["visibility"]!.GetValue<string>().ShouldBe("Public");
        JsonNode.DeepEquals(built.Resource.CreateOnly, JsonNode.Parse("""
            {"mailNickname":"urban-mobility","groupTypes":["Unified"],"mailEnabled":true,"securityEnabled":false,
             "owners@odata.bind":["https://graph.microsoft.com/v1.0/users/alice@contoso.local","https://graph.microsoft.com/v1.0/users/bob@contoso.local"]}
            """)).ShouldBeTrue(built.Resource.CreateOnly.ToJsonString());
    }

    [Theory]
    [InlineData("fiscal-transparency.yaml", "Private")]
    [InlineData("gender-diversity-ops.yaml", "Private")]
    [InlineData("urban-mobility.yaml", "Public")]
    public void Group_VisibilityFollowsTheParticipationModel(string charterFile, string visibility)
    {
        var charter = BuildTesting.Charter(charterFile);

        var built = BuildTesting.Build(new GroupBuilder(), BuildTesting.Context(BuildTesting.Template(""), charter: charter)).ShouldHaveSingleItem();

        built.Resource.Properties["visibility"]!.GetValue<string>().ShouldBe(visibility);
    }

    [Fact]
    public void Membership_LeadsOwnEveryoneOnTheRosterBelongs_PlusTheTemplatesAdditionalPeople()
    {
        var charter = BuildTesting.Charter();
        var context = BuildTesting.Context(BuildTesting.Template(Security), charter: charter,
            parameters: new Dictionary<string, string> { ["Helper"] = "helper@contoso.local" });

        var built = BuildTesting.Build(new MembershipBuilder(), context);

        built.SelectMany(b => b.TokenErrors).ShouldBeEmpty();
        built.ShouldAllBe(b => b.Level == 1 && b.Resource.Parent == new ResourceKey(ResourceKind.Group, "urban-mobility"));
        built.Where(b => b.Resource.Key.Kind == ResourceKind.GroupOwner).Select(b => b.Resource.Key.Path)
            .ShouldBe(["alice@contoso.local", "bob@contoso.local", "kld.admin@contoso.local"]);
        var members = built.Where(b => b.Resource.Key.Kind == ResourceKind.GroupMember).Select(b => b.Resource.Key.Path).ToList();
        members.ShouldBe(charter.Roster.Select(m => m.Upn.Value).Concat(["kld.admin@contoso.local", "helper@contoso.local"]));
        members.ShouldBeUnique();
    }

    [Fact]
    public void Membership_NonUserPrincipal_IsAnError()
    {
        var template = BuildTesting.Template("""<pnp:Security><pnp:AdditionalMembers><pnp:User Name="Site Visitors" /></pnp:AdditionalMembers></pnp:Security>""");

        var built = BuildTesting.Build(new MembershipBuilder(), BuildTesting.Context(template, charter: BuildTesting.Charter()));

        built.SelectMany(b => b.TokenErrors).ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Message.ShouldContain("Site Visitors");
    }

    [Fact]
    public void WithoutCharter_NoGroupResources()
    {
        var context = BuildTesting.Context(BuildTesting.Template(Security), parameters: new Dictionary<string, string> { ["Helper"] = "h@contoso.local" });

        BuildTesting.Build(new GroupBuilder(), context).ShouldBeEmpty();
        BuildTesting.Build(new MembershipBuilder(), context).ShouldBeEmpty();
    }
}
