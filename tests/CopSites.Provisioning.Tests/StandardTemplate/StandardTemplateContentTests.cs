using System.Text.Json;
using System.Xml.Linq;
using System.Text.RegularExpressions;
using CopSites.Provisioning.Charters;
using CopSites.Domain;

namespace CopSites.Provisioning.Tests.StandardTemplate;

public partial class StandardTemplateContentTests
{
    private static readonly StandardTemplateDocument Sut = StandardTemplateDocument.Load();

    // Columns every list of that base template already has in SharePoint.
    private static readonly string[] BuiltInFields =
    [
        "ID", "Title", "LinkTitle", "Created", "Modified", "Author", "Editor", "DocIcon", "LinkFilename", "FileLeafRef",
        "EventDate", "EndDate", "Location", "Description", "Category", "fAllDayEvent", "fRecurrence",
    ];

    public static TheoryData<string, int, string> ExpectedLists => new()
    {
        { "Events", 106, "Lists/CopEvents" },
        { "Session materials", 101, "SessionMaterials" },
        { "Toolkit", 101, "Toolkit" },
        { "Lessons learned", 100, "Lists/CopLessonsLearned" },
        { "Expert directory", 100, "Lists/CopExpertDirectory" },
        { "Forum", 100, "Lists/CopForum" },
        { "Pulse checks", 100, "Lists/CopPulseChecks" },
        { "Indicators", 100, "Lists/CopIndicators" },
    };

    [Theory]
    [MemberData(nameof(ExpectedLists))]
    public void Template_HasEveryWorkspaceList(string title, int templateType, string url)
    {
        var list = Sut.List(title);

        ((int)list.Attribute("TemplateType")!).ShouldBe(templateType);
        ((string)list.Attribute("Url")!).ShouldBe(url);
    }

    [Theory]
    [MemberData(nameof(ExpectedLists))]
    public void EveryList_HasExactlyOneDefaultView_WhoseFieldsExist(string title, int templateType, string url)
    {
        _ = (templateType, url);
        var views = Sut.List(title).Element(StandardTemplateDocument.Pnp + "Views")!.Elements("View").ToList();
        views.Count(v => (string?)v.Attribute("DefaultView") == "TRUE").ShouldBe(1, title);

        var known = Sut.AllFields.Select(f => (string)f.Attribute("Name")!).Concat(BuiltInFields).ToHashSet(StringComparer.Ordinal);
        foreach (var fieldRef in views.Descendants("FieldRef"))
        {
            known.ShouldContain((string)fieldRef.Attribute("Name")!, $"view field in {title}");
        }
    }

    [Theory]
    [MemberData(nameof(ExpectedLists))]
    public void EveryList_IsInTheQuickLaunch(string title, int templateType, string url)
    {
        _ = (title, templateType);
        var nodes = Sut.Template.Descendants(StandardTemplateDocument.Pnp + "NavigationNode").Select(n => (string)n.Attribute("Url")!);

        nodes.ShouldContain("{site}/" + url);
    }

    [Fact]
    public void QuickLaunch_AlsoLinksHomeAndUsagePages()
    {
        var nodes = Sut.Template.Descendants(StandardTemplateDocument.Pnp + "NavigationNode").Select(n => (string)n.Attribute("Url")!).ToList();

        nodes.ShouldContain("{site}/SitePages/Home.aspx");
        nodes.ShouldContain("{site}/SitePages/Usage.aspx");
        Sut.Lists.ShouldAllBe(l => (string?)l.Attribute("OnQuickLaunch") == "false");
    }

    [Fact]
    public void EventFormatColumn_OffersExactlyTheGuideFormats()
    {
        Sut.Choices("CopEventFormat").ShouldBe(EventFormat.All.Select(f => f.Label));
        FieldRefNames(Sut.List("Events")).ShouldBe(
            ["CopEventFormat", "CopDurationMinutes", "CopRecordingUrl", "CopAttendees", "CopPresenters", "CopFollowUp"], ignoreOrder: true);
    }

    [Fact]
    public void Events_MaterialsLookUpTheSessionMaterialsLibrary()
    {
        var materials = Sut.Field("CopSessionMaterials");

        ((string)materials.Attribute("Type")!).ShouldBe("LookupMulti");
        ((string)materials.Attribute("List")!).ShouldBe("{listid:Session materials}");
        ((string)Sut.Field("CopAttendees").Attribute("Type")!).ShouldBe("UserMulti");
        ((string)Sut.Field("CopRecordingUrl").Attribute("Type")!).ShouldBe("URL");
        ((string)Sut.Field("CopDurationMinutes").Attribute("Type")!).ShouldBe("Number");
        ((string)Sut.Field("CopFollowUp").Attribute("Type")!).ShouldBe("Note");
    }

    [Fact]
    public void KnowledgeProductContentType_InheritsDocument_AndCarriesTheToolkitColumns()
    {
        var contentType = Sut.Template.Descendants(StandardTemplateDocument.Pnp + "ContentType").Single(ct => (string?)ct.Attribute("Name") == "Knowledge product");
        var id = (string)contentType.Attribute("ID")!;

        id.ShouldStartWith("0x010100");
        id.Length.ShouldBe(8 + 32);
        FieldRefNames(contentType).ShouldBe(
            ["CopProductType", "CopTopics", "CopTopicsTaxHTField0", "CopCountries", "CopSectors", "CopAudience", "CopSummary", "CopProductStatus", "CopAuthorUnit"],
            ignoreOrder: true);
        Sut.List("Toolkit").Descendants(StandardTemplateDocument.Pnp + "ContentTypeBinding")
            .ShouldContain(b => (string?)b.Attribute("ContentTypeID") == id && (string?)b.Attribute("Default") == "true");
    }

    [Fact]
    public void ToolkitChoiceColumns_MatchTheVocabulary()
    {
        Sut.Choices("CopProductType").ShouldBe(KnowledgeProductType.All.Select(t => t.Label));
        Sut.Choices("CopProductStatus").ShouldBe(KnowledgeProductStatus.All.Select(s => s.Label));
        Sut.Field("CopProductStatus").Element("Default")!.Value.ShouldBe(KnowledgeProductStatus.Draft.Label);
        ((string)Sut.Field("CopCountries").Attribute("Type")!).ShouldBe("MultiChoice");
        ((string)Sut.Field("CopSectors").Attribute("Type")!).ShouldBe("MultiChoice");
        ((string)Sut.Field("CopAudience").Attribute("Type")!).ShouldBe("Choice");
        ((string)Sut.Field("CopAuthorUnit").Attribute("Type")!).ShouldBe("Text");
    }

    [Fact]
    public void TopicsColumn_IsBoundToTheTopicsTermSet()
    {
        var termSet = Sut.Template.Descendants(StandardTemplateDocument.Pnp + "TermSet").Single(t => (string?)t.Attribute("Name") == "Topics");
        termSet.Descendants(StandardTemplateDocument.Pnp + "Term").Count().ShouldBeGreaterThanOrEqualTo(5);

        var topics = Sut.Field("CopTopics");
        ((string)topics.Attribute("Type")!).ShouldBe("TaxonomyFieldTypeMulti");
        string Property(string name) =>
            topics.Descendants("Property").Single(p => p.Element("Name")!.Value == name).Element("Value")!.Value;

        Guid.Parse(Property("TermSetId")).ShouldBe(Guid.Parse((string)termSet.Attribute("ID")!));
        Guid.Parse(Property("TextField")).ShouldBe(Guid.Parse((string)Sut.Field("CopTopicsTaxHTField0").Attribute("ID")!));
    }

    [Fact]
    public void ExpertDirectory_RoleColumnOffersTheCopRoles()
    {
        Sut.Choices("CopRole").ShouldBe(CopRole.All.Select(r => r.Label));
        FieldRefNames(Sut.List("Expert directory")).ShouldBe(
            ["CopPerson", "CopExpertise", "CopTopics", "CopTopicsTaxHTField0", "CopUnit", "CopCountry", "CopLanguages", "CopRole"], ignoreOrder: true);
        ((string)Sut.Field("CopPerson").Attribute("Type")!).ShouldBe("User");
    }

    [Fact]
    public void Forum_PostsCanReplyToPostsOfTheSameList()
    {
        var parent = Sut.Field("CopParent");

        ((string)parent.Attribute("Type")!).ShouldBe("Lookup");
        ((string)parent.Attribute("List")!).ShouldBe("{listid:Forum}");
        parent.Parent!.Parent.ShouldBe(Sut.List("Forum"));
        ((string)Sut.Field("CopAnswered").Attribute("Type")!).ShouldBe("Boolean");
        ((string)Sut.Field("CopBody").Attribute("Type")!).ShouldBe("Note");
        Sut.Field("CopForumCategory").Element("CHOICES").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("CopRelevance")]
    [InlineData("CopUsefulness")]
    [InlineData("CopConnection")]
    [InlineData("CopPerceivedImpact")]
    public void PulseCheckScores_AreWholeNumbersFromOneToFive(string name)
    {
        var field = Sut.Field(name);

        ((string)field.Attribute("Type")!).ShouldBe("Number");
        ((string)field.Attribute("Min")!).ShouldBe("1");
        ((string)field.Attribute("Max")!).ShouldBe("5");
        ((string)field.Attribute("Decimals")!).ShouldBe("0");
        FieldRefNames(Sut.List("Pulse checks")).ShouldContain(name);
    }

    [Fact]
    public void Indicators_HoldTheHistoryTheJobWrites()
    {
        FieldRefNames(Sut.List("Indicators")).ShouldBe(
        [
            "CopIndicatorKey", "CopIndicatorCategory", "CopPeriodStart", "CopPeriodEnd", "CopIndicatorValue",
            "CopIndicatorUnit", "CopComputedAt", "CopIndicatorNote", "CopJobRunId",
        ], ignoreOrder: true);
        ((string)Sut.Field("CopIndicatorKey").Attribute("Indexed")!).ShouldBe("TRUE");
        Sut.Choices("CopIndicatorCategory").ShouldBe(IndicatorCategory.All.Select(c => c.Label));
    }

    [Fact]
    public void Fields_HaveUniqueStableIdsAndCopInternalNames()
    {
        var fields = Sut.AllFields.ToList();

        fields.Select(f => Guid.Parse((string)f.Attribute("ID")!)).ShouldBeUnique();
        fields.Select(f => (string)f.Attribute("Name")!).ShouldBeUnique();
        fields.ShouldAllBe(f => ((string)f.Attribute("Name")!).StartsWith("Cop", StringComparison.Ordinal));
        fields.ShouldAllBe(f => (string?)f.Attribute("StaticName") == (string?)f.Attribute("Name"));
    }

    [Fact]
    public void FieldRefs_PointAtFieldsTheTemplateDefines()
    {
        var ids = Sut.AllFields.ToDictionary(f => Guid.Parse((string)f.Attribute("ID")!), f => (string)f.Attribute("Name")!);
        var titleId = Guid.Parse("fa564e0f-0c70-4ab9-b863-0177e6ddd247");

        foreach (var fieldRef in Sut.Template.Descendants(StandardTemplateDocument.Pnp + "FieldRef"))
        {
            var id = Guid.Parse((string)fieldRef.Attribute("ID")!);
            var name = (string)fieldRef.Attribute("Name")!;
            if (id == titleId)
            {
                name.ShouldBe("Title");
                continue;
            }

            ids.ShouldContainKey(id, name);
            ids[id].ShouldBe(name);
        }
    }

    [Fact]
    public void LookupFields_TargetListsOfTheTemplate()
    {
        var titles = Sut.Lists.Select(l => (string)l.Attribute("Title")!).ToHashSet();
        var lookups = Sut.AllFields.Where(f => ((string)f.Attribute("Type")!).StartsWith("Lookup", StringComparison.Ordinal)).ToList();

        lookups.Select(f => (string)f.Attribute("Name")!).ShouldBe(["CopSessionMaterials", "CopSourceEvent", "CopParent"], ignoreOrder: true);
        foreach (var lookup in lookups)
        {
            var match = ListIdToken().Match((string)lookup.Attribute("List")!);
            match.Success.ShouldBeTrue();
            titles.ShouldContain(match.Groups["title"].Value);
        }
    }

    [Fact]
    public void Parameters_AreExactlyThoseTheCharterSupplies_AndAllAreUsed()
    {
        var text = File.ReadAllText(RepositoryLayout.StandardTemplate);
        var used = ParameterToken().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

        Sut.DeclaredParameters.ShouldBe(TemplateParameterNames.All);
        used.Order(StringComparer.Ordinal).ShouldBe(TemplateParameterNames.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HomePage_ShowsTheCharter_AndLinksToTheLists()
    {
        var home = Sut.Pages.Single(p => (string?)p.Attribute("PageName") == "Home");
        var text = string.Join("", home.Descendants(StandardTemplateDocument.Pnp + "CanvasControlProperty").Select(p => (string)p.Attribute("Value")!));

        foreach (var parameter in new[] { "CopDomainHtml", "CopPurposeHtml", "CopExpectedResultsHtml", "CopCadenceHtml", "CopLeadsHtml", "CopHowToJoinHtml" })
        {
            text.ShouldContain("{parameter:" + parameter + "}");
        }

        var quickLinks = home.Descendants(StandardTemplateDocument.Pnp + "CanvasControl").Single(c => (string?)c.Attribute("WebPartType") == "QuickLinks");
        using var json = JsonDocument.Parse((string)quickLinks.Attribute("JsonControlData")!);
        var links = json.RootElement.GetProperty("serverProcessedContent").GetProperty("links")
            .EnumerateObject().Where(p => p.Name.EndsWith(".sourceItem.url", StringComparison.Ordinal)).Select(p => p.Value.GetString()).ToList();
        foreach (var list in Sut.Lists.Where(l => (string?)l.Attribute("Title") != "Indicators"))
        {
            links.ShouldContain("{site}/" + (string)list.Attribute("Url")!);
        }

        json.RootElement.GetProperty("properties").GetProperty("items").GetArrayLength().ShouldBe(links.Count);
    }

    [Fact]
    public void UsagePage_IsAPlaceholderTheJobCanFill()
    {
        var usage = Sut.Pages.Single(p => (string?)p.Attribute("PageName") == "Usage");

        ((string?)usage.Attribute("Overwrite")).ShouldBe("false");
        usage.Descendants(StandardTemplateDocument.Pnp + "CanvasControl")
            .ShouldContain(c => (string?)c.Attribute("ControlId") == "c2c0e26a-b48e-5bef-8f48-3df62e689fa9");
    }

    [Fact]
    public void TemplateFilledFromAnExampleCharter_HasNoUnresolvedParameters()
    {
        var charter = CharterReader.Read(Path.Combine(RepositoryLayout.ChartersFolder, "fiscal-transparency.yaml")).Charter.ShouldNotBeNull();
        var parameters = charter.ToTemplateParameters();
        var document = StandardTemplateDocument.Load().Document;

        // Token replacement happens on parsed values, as an engine would do it.
        foreach (var attribute in document.Descendants().Attributes())
        {
            attribute.Value = ParameterToken().Replace(attribute.Value, m => parameters[m.Groups["name"].Value]);
        }

        var home = document.Descendants(StandardTemplateDocument.Pnp + "ClientSidePage").Single(p => (string?)p.Attribute("PageName") == "Home");
        var html = string.Join("", home.Descendants(StandardTemplateDocument.Pnp + "CanvasControlProperty").Select(p => (string)p.Attribute("Value")!));
        html.ShouldContain("<li>olivia@contoso.local</li>");
        html.ShouldContain("a lead approves each request");
        html.ShouldContain("<strong>Participation:</strong> Moderated");
        document.ToString().ShouldNotContain("{parameter:");
        document.Descendants(StandardTemplateDocument.Pnp + "SiteCollection").Single().Attribute("Language")!.Value.ShouldBe("3082");
    }

    private static IEnumerable<string> FieldRefNames(XElement container) =>
        container.Element(StandardTemplateDocument.Pnp + "FieldRefs")!.Elements(StandardTemplateDocument.Pnp + "FieldRef")
            .Select(f => (string)f.Attribute("Name")!).Where(n => n != "Title");

    [GeneratedRegex(@"\{parameter:(?<name>[A-Za-z0-9]+)\}")]
    private static partial Regex ParameterToken();

    [GeneratedRegex(@"^\{listid:(?<title>[^}]+)\}$")]
    private static partial Regex ListIdToken();
}
