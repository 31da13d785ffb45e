using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Extraction;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Xml;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Extraction;

public sealed class SiteExtractorTests
{
    private static readonly ExtractionResult Extracted = SiteExtractor.Extract(SampleSite.State());

    private static ProvisioningTemplate Template => Extracted.Template;

    [Fact]
    public async Task Extract_PlannedAgainstTheSiteItCameFrom_FindsNothingToChange()
    {
        var template = ReadBack().Templates.Single();
        var request = new ProvisioningRequest { Template = template, Target = new SiteTarget("cop", "CoP") };

        var plan = await new ProvisioningEngine(new FixedSite(SampleSite.State()), StandardBuilders.All).PlanAsync(request, CancellationToken.None);

        plan.Changes.Where(c => c.Kind != ChangeKind.Unchanged).Select(c => $"{c.Kind} {c.Key}: {c.Reason}").ShouldBeEmpty();
        plan.Changes.Select(c => c.Key.Kind).Distinct().Order().ShouldBe(
        [
            ResourceKind.WebSettings, ResourceKind.TermGroup, ResourceKind.TermSet, ResourceKind.Term, ResourceKind.SiteColumn,
            ResourceKind.ContentType, ResourceKind.ContentTypeColumn, ResourceKind.List, ResourceKind.ListColumn, ResourceKind.ListContentType,
            ResourceKind.ListView, ResourceKind.Page, ResourceKind.NavigationNode,
        ]);
    }

    [Fact]
    public void Extract_WritesXmlThatIsValidAgainstTheSchemaAndReadsBackUnchanged()
    {
        var xml = new PnpTemplateWriter().Write(Extracted.Hierarchy);

        PnpSchemaValidator.Validate(xml, "T.xml").ShouldBeEmpty();
        var read = TemplateReading.ReadText(xml, "T.xml");
        read.Errors.ShouldBeEmpty();
        read.Diagnostics.Where(d => d.Code == TemplateDiagnosticCode.UnsupportedElement).ShouldBeEmpty();
        (read.Hierarchy == Extracted.Hierarchy).ShouldBeTrue();
    }

    [Fact]
    public void Extract_LeavesOutWhatSharePointCreatesItself()
    {
        Template.Lists.Select(l => l.Title).ShouldBe(["Events", "Lessons", "Toolkit"]);
        Template.SiteFields.Select(f => f.Name).ShouldNotContain("Title");
        Template.ContentTypes.Select(c => c.Name).ShouldBe(["Knowledge product", "Lesson product"]);
        var events = Template.Lists.Single(l => l.Title == "Events");
        events.FieldRefs.Select(r => r.Name).ShouldBe(["CopStatus", "Title"], "built-in columns the list did not change (Created, LinkTitle) are SharePoint's");
        Template.TermGroups.Single().TermSets.Select(s => s.Name).ShouldBe(["Topics"], "only term sets the columns use");
    }

    [Fact]
    public void Extract_ListColumns_SiteColumnsBecomeReferencesAndListOnlyColumnsFullFields()
    {
        var events = Template.Lists.Single(l => l.Title == "Events");

        events.FieldRefs.Single(r => r.Name == "CopStatus").ShouldSatisfyAllConditions(
            r => r.DisplayName.ShouldBe("State"),
            r => r.Id.ShouldBe(Template.SiteFields.Single(f => f.Name == "CopStatus").Id!.Value.ToString("B")));
        events.FieldRefs.Single(r => r.Name == "Title").DisplayName.ShouldBe("Session");
        var lookup = events.Fields.ShouldHaveSingleItem();
        lookup.Type.ShouldBe("Lookup");
        lookup.List.ShouldBe("{listid:Lessons}");
        var toolkit = Template.Lists.Single(l => l.Title == "Toolkit");
        toolkit.ContentTypeBindings.Single().ContentTypeId.ShouldBe(SampleSite.KnowledgeProductId);
        toolkit.FieldRefs.ShouldBeEmpty("the bound content type brings its columns");
    }

    [Fact]
    public void Extract_ChildContentType_ListsOnlyTheColumnsItAdds()
    {
        Template.ContentTypes.Single(c => c.Name == "Knowledge product").FieldRefs.Select(r => r.Name).ShouldBe(["CopStatus", "CopTopics"]);
        Template.ContentTypes.Single(c => c.Name == "Lesson product").FieldRefs.Select(r => r.Name).ShouldBe(["CopScore"]);
    }

    [Fact]
    public void Extract_TaxonomyColumn_NamesItsTermSetByToken()
    {
        var topics = Template.SiteFields.Single(f => f.Name == "CopTopics");

        topics.Type.ShouldBe("TaxonomyFieldTypeMulti");
        topics.SchemaXml.ShouldContain("{termsetid:CoP terms:Topics}");
        topics.SchemaXml.ShouldNotContain(SampleSite.TopicsSetId);
        var set = Template.TermGroups.Single().TermSets.Single();
        set.Terms.Select(t => t.Name).ShouldBe(["Transport", "Water"]);
        set.Terms.Single(t => t.Name == "Water").Terms.Single().Name.ShouldBe("Sanitation");
    }

    [Fact]
    public void Extract_Navigation_SiteUrlsBecomeTheSiteTokenAndOthersStay()
    {
        var nodes = Template.Navigation!.QuickLaunch!.Nodes;

        nodes.Select(n => (n.Title, n.Url)).ShouldBe(
        [
            ("Home", "{site}"), ("Events", "{site}/Lists/Events"), ("Partner", "https://partner.example.org/cop"),
            ("Neighbour", "/sites/cop-two/Lists/Events"),
        ]);
        nodes.Single(n => n.Title == "Events").Children.Single().Url.ShouldBe("{site}/Lists/Events/Upcoming.aspx");
        nodes.Single(n => n.Title == "Partner").IsExternal.ShouldBe(true);
        Template.Navigation.TopNavigationBar!.Nodes.Single().Url.ShouldBe("/sites/intranet");
    }

    [Fact]
    public void Extract_Page_SectionsAndWebPartsGoBackToCanvasControls()
    {
        var home = Template.ClientSidePages.ShouldHaveSingleItem();

        home.ShouldSatisfyAllConditions(
            p => p.PageName.ShouldBe("Home"),
            p => p.Layout.ShouldBe("Home"),
            p => p.Publish.ShouldBe(true),
            p => p.Sections.Select(s => (s.Type, s.BackgroundEmphasis)).ShouldBe([("TwoColumnLeft", "Soft"), ("ThreeColumn", null)]));
        var text = home.Sections[0].Columns.Single(c => c.Number == 1).Controls.Single();
        text.Html.ShouldBe("<p>See the <a href=\"{site}/Lists/Events\">events</a> and <a href=\"/sites/cop-two\">our neighbours</a>.</p>");
        var links = home.Sections[0].Columns.Single(c => c.Number == 2).Controls.Single();
        links.WebPartType.ShouldBe("QuickLinks");
        var data = JsonNode.Parse(links.JsonControlData!)!;
        data["instanceId"]!.GetValue<string>().ShouldBe("88888888-0000-0000-0000-000000000002");
        data["properties"]!["listId"]!.GetValue<string>().ShouldBe("{listid:Events}");
        data["serverProcessedContent"]!["links"]!["baseUrl"]!.GetValue<string>().ShouldBe("{site}");
        home.Sections[1].Columns.Single().Number.ShouldBe(2);
    }

    [Fact]
    public void Extract_TextThatReadsAsAToken_IsEscapedSoItIsWrittenAsItIs()
    {
        var links = Template.ClientSidePages.Single().Sections[0].Columns.Single(c => c.Number == 2).Controls.Single();

        links.JsonControlData!.ShouldContain("Links \\u007Btyped}", Case.Sensitive, links.JsonControlData);
        JsonNode.Parse(links.JsonControlData!)!["serverProcessedContent"]!["searchablePlainTexts"]!["title"]!.GetValue<string>().ShouldBe("Links {typed}");
    }

    [Fact]
    public void Extract_WhatATemplateCannotHold_IsNotedNotDropped()
    {
        Extracted.Warnings.ShouldContain(w => w.Contains("CopWhere") && w.Contains("geolocation"));
        Extracted.Warnings.ShouldContain(w => w.Contains("Space.aspx") && w.Contains("spaces"));
        Extracted.Warnings.Count.ShouldBe(2, string.Join(Environment.NewLine, Extracted.Warnings));
        Extracted.Counts.ShouldBe(new ExtractionCounts(Lists: 3, SiteColumns: 12, ListColumns: 3, ContentTypes: 2, Views: 3, TermSets: 1, Terms: 3,
            Pages: 1, WebParts: 3, NavigationNodes: 6));
    }

    private static ProvisioningHierarchy ReadBack()
    {
        var read = TemplateReading.ReadText(new PnpTemplateWriter().Write(Extracted.Hierarchy), "T.xml");
        read.Errors.ShouldBeEmpty();
        return read.Hierarchy!;
    }
}
