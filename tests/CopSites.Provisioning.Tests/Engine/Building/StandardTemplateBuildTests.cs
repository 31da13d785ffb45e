using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Tests.Engine.Building;

/// <summary>The standard template with an example charter through every builder.</summary>
public class StandardTemplateBuildTests
{
    private static readonly ProvisioningTemplate Template = BuildTesting.StandardTemplate();
    private static readonly Charter UrbanMobility = BuildTesting.Charter();
    private static readonly IReadOnlyDictionary<string, string> Parameters = UrbanMobility.ToTemplateParameters();

    private static List<BuiltResource> BuildAll(SiteState state) =>
        StandardBuilders.All.SelectMany(b => b.Build(BuildTesting.Context(Template, state, UrbanMobility, Parameters))).ToList();

    private static List<BuiltResource> Complete() => BuildAll(BuildTesting.Provisioned(Template, DependencyLevels.Deepest + 1, UrbanMobility, Parameters));

    [Fact]
    public void EveryObjectTheTemplateDefines_ComesOutWithItsKey()
    {
        var built = Complete();
        var keys = built.Select(b => b.Resource.Key).ToHashSet();

        built.Select(b => b.Resource.Key).ShouldBeUnique();
        Template.Lists.ShouldAllBe(l => keys.Contains(new ResourceKey(ResourceKind.List, l.Title)));
        Template.Lists.Count.ShouldBe(9);
        Template.SiteFields.ShouldAllBe(f => keys.Contains(new ResourceKey(ResourceKind.SiteColumn, f.InternalName!)));
        Template.ContentTypes.SelectMany(c => c.FieldRefs.Select(r => new ResourceKey(ResourceKind.ContentTypeColumn, c.Name + "/" + r.Name)))
            .ShouldAllBe(k => keys.Contains(k));
        foreach (var list in Template.Lists)
        {
            list.Fields.ShouldAllBe(f => keys.Contains(new ResourceKey(ResourceKind.ListColumn, list.Title + "/" + f.InternalName)));
            list.FieldRefs.ShouldAllBe(r => keys.Contains(new ResourceKey(ResourceKind.ListColumn, list.Title + "/" + r.Name)));
            list.Views.ShouldAllBe(v => keys.Contains(new ResourceKey(ResourceKind.ListView, list.Title + "/" + v.DisplayName)));
        }

        var terms = Template.TermGroups.Single().TermSets.Single().Terms;
        terms.Count.ShouldBe(11);
        terms.ShouldAllBe(t => keys.Contains(new ResourceKey(ResourceKind.Term, "Communities of Practice/Topics/" + t.Name)));
        keys.ShouldContain(new ResourceKey(ResourceKind.ListContentType, "Toolkit/Knowledge product"));
        keys.ShouldContain(new ResourceKey(ResourceKind.Page, "Home.aspx"));
        keys.ShouldContain(new ResourceKey(ResourceKind.Page, "Usage.aspx"));
        keys.ShouldContain(new ResourceKey(ResourceKind.WebSettings, "web"));
        keys.ShouldContain(new ResourceKey(ResourceKind.Group, "urban-mobility"));
        built.Count(b => b.Resource.Key.Kind == ResourceKind.NavigationNode).ShouldBe(10);
        keys.ShouldContain(new ResourceKey(ResourceKind.NavigationNode, "QuickLaunch/Usage and value"));
    }

    [Fact]
    public void SiteColumns_CarryTheFacetOfTheirType()
    {
        var columns = Complete().Where(b => b.Resource.Key.Kind == ResourceKind.SiteColumn).ToDictionary(b => b.Resource.Key.Path, b => b.Resource.Properties);

        foreach (var field in Template.SiteFields)
        {
            var facet = field.Type switch
            {
                "Text" or "Note" => "text",
                "Choice" or "MultiChoice" => "choice",
                "Number" => "number",
                "DateTime" => "dateTime",
                "Boolean" => "boolean",
                "User" or "UserMulti" => "personOrGroup",
                "URL" => "hyperlinkOrPicture",
                "TaxonomyFieldTypeMulti" => "term",
                _ => throw new ShouldAssertException($"the standard template gained field type {field.Type}; extend this test"),
            };
            columns[field.InternalName!].ContainsKey(facet).ShouldBeTrue($"{field.InternalName} ({field.Type}) has no {facet} facet");
        }

        columns["CopTopics"]["term"]!["termSet"]!["id"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        columns["CopProductStatus"]["defaultValue"]!["value"]!.GetValue<string>().ShouldBe("Draft");
    }

    [Theory]
    [InlineData(ResourceKind.Group, "urban-mobility", 0)]
    [InlineData(ResourceKind.SiteColumn, "CopEventFormat", 1)]
    [InlineData(ResourceKind.SiteColumn, "CopTopics", 3)]
    [InlineData(ResourceKind.ContentType, "Knowledge product", 2)]
    [InlineData(ResourceKind.ContentTypeColumn, "Knowledge product/CopProductType", 3)]
    [InlineData(ResourceKind.ContentTypeColumn, "Knowledge product/CopTopics", 4)]
    [InlineData(ResourceKind.ListContentType, "Toolkit/Knowledge product", 5)]
    [InlineData(ResourceKind.ListColumn, "Events/CopSessionMaterials", 3)]
    [InlineData(ResourceKind.ListColumn, "Forum/CopParent", 3)]
    [InlineData(ResourceKind.ListColumn, "Lessons learned/CopTopics", 4)]
    [InlineData(ResourceKind.ListColumn, "Indicators/Title", 2)]
    [InlineData(ResourceKind.ListView, "Pulse checks/All responses", 3)]
    [InlineData(ResourceKind.ListView, "Events/Event pipeline", 4)]
    [InlineData(ResourceKind.ListView, "Toolkit/All products", 6)]
    [InlineData(ResourceKind.Term, "Communities of Practice/Topics/Health", 3)]
    [InlineData(ResourceKind.NavigationNode, "QuickLaunch/Home", 2)]
    [InlineData(ResourceKind.Page, "Home.aspx", 5)]
    public void Levels_FollowWhatEachObjectNeeds(ResourceKind kind, string path, int level) =>
        Complete().Single(kind, path).Level.ShouldBe(level);

    [Fact]
    public void EveryParent_IsBuiltAtALowerLevel()
    {
        var built = Complete();
        var levels = built.ToDictionary(b => b.Resource.Key, b => b.Level);

        built.ShouldAllBe(b => b.Level <= DependencyLevels.Deepest);
        foreach (var child in built.Where(b => b.Resource.Parent is not null))
        {
            levels.ShouldContainKey(child.Resource.Parent!);
            levels[child.Resource.Parent!].ShouldBeLessThan(child.Level, $"{child.Resource.Key} is not after its parent");
        }
    }

    [Fact]
    public void EachLevel_HasNoErrors_OnceTheLowerLevelsExist()
    {
        for (var level = 0; level <= DependencyLevels.Deepest; level++)
        {
            var state = BuildTesting.Provisioned(Template, level, UrbanMobility, Parameters);

            var errors = BuildAll(state).Where(b => b.Level == level).SelectMany(b => b.Messages()).ToList();

            errors.ShouldBeEmpty($"level {level}");
        }
    }

    [Fact]
    public void BeforeTheirLevel_ReferencesAreOnlyNotKnownYet()
    {
        var built = BuildAll(BuildTesting.EmptySite);

        var lookup = built.Single(ResourceKind.ListColumn, "Events/CopSessionMaterials");
        lookup.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<UnavailableTokenError>().Token.Argument.ShouldBe("Session materials");
        built.Single(ResourceKind.SiteColumn, "CopTopics").TokenErrors.ShouldAllBe(e => e is UnavailableTokenError);
        built.SelectMany(b => b.TokenErrors).ShouldAllBe(e => e is UnavailableTokenError);
    }

    [Fact]
    public void HomePage_CarriesTheChartersTextAndResolvedLinks()
    {
        var home = Complete().Single(ResourceKind.Page, "Home.aspx").Resource;
        var json = home.Properties.ToJsonString();

        home.Properties["title"]!.GetValue<string>().ShouldBe(UrbanMobility.Name);
        home.Properties["pageLayout"]!.GetValue<string>().ShouldBe("home");
        var sections = home.Properties["canvasLayout"]!["horizontalSections"]!.AsArray();
        sections.Select(s => s!["layout"]!.GetValue<string>()).ShouldBe(["oneThirdRightColumn", "oneColumn", "twoColumns"]);
        sections[1]!["emphasis"]!.GetValue<string>().ShouldBe("soft");
        var firstText = sections[0]!["columns"]![0]!["webparts"]![0]!["innerHtml"]!.GetValue<string>();
        firstText.ShouldStartWith("<h2>Our domain</h2>" + Parameters[TemplateParameterNames.DomainHtml]);
        firstText.ShouldContain(Parameters[TemplateParameterNames.PurposeHtml]);
        var quickLinks = sections[1]!["columns"]![0]!["webparts"]![0]!;
        quickLinks["webPartType"]!.GetValue<string>().ShouldBe("c70391ea-0b10-4ee9-b2b4-006d3fcad0cd");
        quickLinks["data"]!["serverProcessedContent"]!["links"]!.AsArray()
            .ShouldContain(l => l!["key"]!.GetValue<string>() == "items[0].sourceItem.url" && l["value"]!.GetValue<string>() == "/sites/cop/Lists/CopEvents");
        json.ShouldNotContain("{parameter:");
        json.ShouldNotContain("{site}");
    }
}
